package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FunnelTest {

    private static final List<String> PIPELINE = List.of("lead", "qualified", "demo", "proposal", "won");
    private static final Instant DAY_ZERO = Instant.parse("2027-03-01T09:00:00Z");

    /** Test data: stage histories written as one deal after another. */
    private static final class History {
        private final List<StageChange> changes = new ArrayList<>();
        private String deal;

        History deal(String id) {
            this.deal = id;
            return this;
        }

        History move(String from, String to, double day) {
            Instant at = DAY_ZERO.plus(Duration.ofMinutes(Math.round(day * 24 * 60)));
            changes.add(new StageChange(deal, from, to, at));
            return this;
        }

        Funnel funnel() {
            return Funnel.of(PIPELINE, changes);
        }
    }

    /**
     * d1 goes all the way; d2 is lost in qualified; d3 is lost as a lead; d4's history starts with
     * a jump from lead to demo and is lost there; d5 goes back to lead and is still in qualified.
     */
    private static Funnel worked() {
        return new History()
                .deal("d1").move(null, "lead", 0).move("lead", "qualified", 2).move("qualified", "demo", 5)
                .move("demo", "proposal", 9).move("proposal", "won", 12)
                .deal("d2").move(null, "lead", 0).move("lead", "qualified", 4).move("qualified", "lost", 10)
                .deal("d3").move(null, "lead", 1).move("lead", "lost", 3)
                .deal("d4").move("lead", "demo", 2).move("demo", "lost", 8)
                .deal("d5").move(null, "lead", 0).move("lead", "qualified", 1).move("qualified", "lead", 2)
                .move("lead", "qualified", 3)
                .funnel();
    }

    private static StageConversion stage(Funnel funnel, String key) {
        return funnel.stages().stream().filter(s -> s.stage().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachStageCountsTheDealsThatEnteredItAndThoseThatReachedALaterStage() {
        Funnel funnel = worked();
        assertThat(funnel.stages()).extracting(StageConversion::stage).containsExactlyElementsOf(PIPELINE);
        assertThat(funnel.stages()).extracting(StageConversion::entered).containsExactly(5, 3, 2, 1, 1);
        assertThat(funnel.stages()).extracting(StageConversion::advanced).containsExactly(4, 1, 1, 1, 0);
        assertThat(stage(funnel, "lead").conversionDisplay()).isEqualTo("80%");
        assertThat(stage(funnel, "qualified").conversionDisplay()).isEqualTo("33%");
        assertThat(stage(funnel, "qualified").conversion().orElseThrow().value()).contains(new BigDecimal("0.3333333333333333"));
        assertThat(stage(funnel, "demo").conversionDisplay()).isEqualTo("50%");
        assertThat(stage(funnel, "proposal").conversionDisplay()).isEqualTo("100%");
    }

    @Test
    void theLastStageHasNoConversion() {
        StageConversion won = stage(worked(), "won");
        assertThat(won.conversion()).isEmpty();
        assertThat(won.conversionDisplay()).isEmpty();
    }

    @Test
    void theBiggestDropIsTheStageWithTheLowestConversion() {
        assertThat(worked().biggestDrop()).contains("qualified");
        assertThat(stage(worked(), "qualified").dropped()).isEqualTo(2);
    }

    @Test
    void timeInStageComesFromCompletedStaysWithAKnownStart() {
        Funnel funnel = worked();
        // lead: d1 2 days, d2 4, d3 2, d5 1 and again 1; d4's start is unknown.
        StageConversion lead = stage(funnel, "lead");
        assertThat(lead.stays()).isEqualTo(5);
        assertThat(lead.medianDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2"));
        assertThat(lead.averageDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2"));
        // qualified: d1 3 days, d2 6, d5 1; d5's second stay is still open.
        StageConversion qualified = stage(funnel, "qualified");
        assertThat(qualified.stays()).isEqualTo(3);
        assertThat(qualified.medianDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3"));
        assertThat(qualified.averageDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3.333333333333333"));
        // demo: d1 4 days, d4 6: an even count takes the middle two.
        assertThat(stage(funnel, "demo").medianDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("5"));
        assertThat(stage(funnel, "won").medianDays()).as("nobody left won").isEmpty();
    }

    @Test
    void partDaysAreKept() {
        Funnel funnel = new History().deal("d1").move(null, "lead", 0).move("lead", "qualified", 1.5).funnel();
        assertThat(stage(funnel, "lead").medianDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1.5"));
    }

    @Test
    void withoutDealsEveryStageSaysNoDealsAndNothingIsHighlighted() {
        Funnel empty = Funnel.of(PIPELINE, List.of());
        assertThat(stage(empty, "lead").conversionDisplay()).isEqualTo("no deals");
        assertThat(stage(empty, "lead").averageDays()).isEmpty();
        assertThat(empty.biggestDrop()).isEmpty();
    }

    @Test
    void aTieForTheBiggestDropGoesToTheEarlierStage() {
        Funnel funnel = new History()
                .deal("d1").move(null, "lead", 0).move("lead", "qualified", 1).move("qualified", "won", 2)
                .deal("d2").move(null, "lead", 0).move("lead", "lost", 1)
                .deal("d3").move(null, "qualified", 0).move("qualified", "lost", 1)
                .funnel();
        assertThat(stage(funnel, "lead").conversionDisplay()).isEqualTo("50%");
        assertThat(stage(funnel, "qualified").conversionDisplay()).isEqualTo("50%");
        assertThat(funnel.biggestDrop()).contains("lead");
    }

    @Test
    void changesArriveInAnyOrder() {
        Funnel funnel = new History()
                .deal("d1").move("qualified", "demo", 5).move(null, "lead", 0).move("lead", "qualified", 2)
                .funnel();
        assertThat(funnel.stages()).extracting(StageConversion::advanced).containsExactly(1, 1, 0, 0, 0);
        assertThat(stage(funnel, "qualified").medianDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3"));
    }

    @Test
    void aStageListedTwiceIsRefused() {
        assertThatThrownBy(() -> Funnel.of(List.of("lead", "lead"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
