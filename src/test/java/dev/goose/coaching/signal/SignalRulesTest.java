package dev.goose.coaching.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.coaching.signal.SignalRules.Conversion;
import dev.goose.coaching.signal.SignalRules.KpiFact;
import dev.goose.coaching.signal.SignalRules.Move;
import dev.goose.coaching.signal.SignalRules.StageStay;
import dev.goose.coaching.signal.Snoozes.Snooze;

@Tag("unit")
class SignalRulesTest {

    static final Thresholds T = Thresholds.DEFAULTS;

    static KpiFact demos(String actual, String expected, int day) {
        return new KpiFact(7L, "demos", "Demos", new BigDecimal(actual), new BigDecimal(expected), new BigDecimal("12"), day, 31,
                "/kpis", "/playbooks/demo#demo-script");
    }

    @Test
    void behindPaceNeedsAWholeUnitShortAndTheFirstTenthOfThePeriodPassed() {
        // Day 3 of 31 is under a tenth: a new hire with nothing done yet is not behind.
        assertThat(SignalRules.behindPace(demos("0", "1.16", 3), T)).isEmpty();
        // Day 4 of 31 (12.9%), 0.9 short of 1.55 expected: less than a whole demo, not behind.
        assertThat(SignalRules.behindPace(demos("1", "1.9", 4), T)).isEmpty();
        // Day 15: 12 × 15/31 = 5.81 expected, 2 done, 3.81 short: behind by 3 whole demos, 66% of what was expected.
        Signal s = SignalRules.behindPace(demos("2", "5.81", 15), T).orElseThrow();
        assertThat(s.words()).isEqualTo("Behind pace on Demos: 2 of 6 expected by today (target 12 this period), 3 short.");
        assertThat(s.urgency()).isEqualTo(66);
        assertThat(s.help()).isEqualTo("/playbooks/demo#demo-script");
        assertThat(s.id()).isEqualTo("BEHIND_PACE/7/kpi:demos");
    }

    @Test
    void aDealIsStalledFromItsStagesLimitOnAndMostUrgentAtTwiceIt() {
        assertThat(SignalRules.stalled(stay(13, 14))).isEmpty();
        // On the limit's day, as the deal page marks it stalled.
        assertThat(SignalRules.stalled(stay(14, 14)).orElseThrow().urgency()).isEqualTo(50);
        assertThat(SignalRules.stalled(stay(40, null))).as("a stage without a limit").isEmpty();
        Signal s = SignalRules.stalled(stay(19, 14)).orElseThrow();
        assertThat(s.words()).isEqualTo("Acme has been in Discovery for 19 days; the stage's limit is 14 days.");
        // 5 days over a 14-day limit: 50 + 5 × 50 / 14 = 67
        assertThat(s.urgency()).isEqualTo(67);
        assertThat(SignalRules.stalled(stay(60, 14)).orElseThrow().urgency()).isEqualTo(100);
    }

    static StageStay stay(int days, Integer limit) {
        return new StageStay(7L, 42L, "Acme", "Discovery", days, limit, "/deals/42", "/playbooks/stages#discovery");
    }

    @Test
    void aMoveWithOpenExitItemsNamesThem() {
        assertThat(SignalRules.movedWithOpenItems(new Move(7L, 42L, "Acme", "Discovery", "Demo", List.of(), null, null))).isEmpty();
        Signal s = SignalRules.movedWithOpenItems(new Move(7L, 42L, "Acme", "Discovery", "Demo", List.of("Pain confirmed", "Budget owner named"),
                "/deals/42", "/playbooks/stages#discovery")).orElseThrow();
        assertThat(s.words()).isEqualTo("Acme moved from Discovery to Demo with 2 exit checklist items open: Pain confirmed, Budget owner named.");
        assertThat(s.urgency()).isEqualTo(60);
    }

    @Test
    void aConversionGapNeedsEnoughDealsOnBothSidesAndTheThresholdsPoints() {
        // 3 of 10 (30%) against 44 of 80 (55%): 25 points lower, over the 15-point threshold.
        Signal s = SignalRules.conversionGap(new Conversion(7L, "discovery", "Discovery", 3, 10, 44, 80, "/playbooks/stages#discovery"), T)
                .orElseThrow();
        assertThat(s.words()).isEqualTo("Conversion out of Discovery: 3 of 10 deals (30%) against the team's 55% (44 of 80), 25 points lower.");
        assertThat(s.urgency()).isEqualTo(55);
        assertThat(s.evidence()).isNull();
        // 0 of 7 is 0%, but 7 deals are fewer than the 8 a rate needs: too little to tell.
        assertThat(SignalRules.conversionGap(new Conversion(7L, "discovery", "Discovery", 0, 7, 44, 80, null), T)).isEmpty();
        // 5 of 12 (42%) against 55%: 13 points, under the threshold.
        assertThat(SignalRules.conversionGap(new Conversion(7L, "discovery", "Discovery", 5, 12, 44, 80, null), T)).isEmpty();
    }

    @Test
    void overdueOnboardingUnreadMajorVersionsMissedOneOnOnesAndOverdueActions() {
        assertThat(SignalRules.onboardingOverdue(7L, 0, 0, null, null)).isEmpty();
        assertThat(SignalRules.onboardingOverdue(7L, 3, 5, "/onboarding", null).orElseThrow().words())
                .isEqualTo("3 onboarding items are overdue, the oldest by 5 days.");
        assertThat(SignalRules.majorVersionUnread(7L, "Sales stages", 3, 7, T, "/to-read/sales-stages")).as("within the 7 days").isEmpty();
        assertThat(SignalRules.majorVersionUnread(7L, "Sales stages", 3, 9, T, "/to-read/sales-stages").orElseThrow().words())
                .isEqualTo("Has not acknowledged Sales stages, version 3 (a major version), 9 days after it was published.");
        assertThat(SignalRules.noOneOnOne(7L, "Rita Rep", 14, T)).isEmpty();
        assertThat(SignalRules.noOneOnOne(7L, "Rita Rep", 21, T).orElseThrow().words()).isEqualTo("No 1:1 with Rita Rep in 21 days.");
        assertThat(SignalRules.noOneOnOne(7L, "Rita Rep", null, T).orElseThrow().words()).isEqualTo("No 1:1 with Rita Rep yet.");
        assertThat(SignalRules.actionItemsOverdue(7L, 1, 1, null).orElseThrow().words()).isEqualTo("1 action item is overdue, the oldest by 1 day.");
    }

    @Test
    void aSnoozedSignalComesBackWhenItsNumbersChange() {
        Signal stalled19 = SignalRules.stalled(stay(19, 14)).orElseThrow();
        Signal behind = SignalRules.behindPace(demos("2", "5.81", 15), T).orElseThrow();
        Snooze snooze = new Snooze(stalled19.id(), stalled19.numbers(), "Waiting on their legal team");
        assertThat(Snoozes.shown(List.of(stalled19, behind), List.of(snooze))).containsExactly(behind);
        Signal stalled20 = SignalRules.stalled(stay(20, 14)).orElseThrow();
        assertThat(Snoozes.shown(List.of(stalled20, behind), List.of(snooze))).as("one more day: back, and first by urgency")
                .containsExactly(stalled20, behind);
    }

    @Test
    void signalsAreGroupedByPersonMostUrgentFirst() {
        Signal low = SignalRules.onboardingOverdue(8L, 1, 0, null, null).orElseThrow();
        Signal high = SignalRules.stalled(stay(60, 14)).orElseThrow();
        Signal mid = SignalRules.behindPace(demos("2", "5.81", 15), T).orElseThrow();
        assertThat(Snoozes.byPerson(List.of(low, mid, high), List.of())).containsOnlyKeys(7L, 8L)
                .satisfies(m -> assertThat(m.keySet()).containsExactly(7L, 8L))
                .satisfies(m -> assertThat(m.get(7L)).containsExactly(high, mid));
    }

    @Test
    void thresholdsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new Thresholds(101, 15, 20, 8, 7, 14)).hasMessageContaining("firstShareOfPeriod");
        assertThatThrownBy(() -> new Thresholds(10, 15, 5, 8, 7, 14)).hasMessageContaining("conversionMinDeals");
    }
}
