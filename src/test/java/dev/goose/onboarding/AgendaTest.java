package dev.goose.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.markdown.ChecklistItem;

/** A rep who starts on Monday 1 March 2027, counted in calendar days with weekends off. */
@Tag("unit")
class AgendaTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Actor REP = Actor.rep(7);
    private static final Actor MANAGER = Actor.manager(3);
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");

    /** Due Mon 1 March. */
    private static final ChecklistItem DAY_1 = item("setup-accounts", 0, false);
    /** Due Wed 3 March. */
    private static final ChecklistItem DAY_3 = item("crm-views", 2, false);
    /** Due Wed 3 March, and needs sign-off. */
    private static final ChecklistItem ROLE_PLAY = item("pitch-roleplay", 2, true);
    /** Sunday 7 March, so due Mon 8 March. */
    private static final ChecklistItem WEEK_1 = item("shadow-demos", 6, false);
    /** Due Tue 9 March: a day beyond the week seen from Wednesday 3 March. */
    private static final ChecklistItem DAY_9 = item("first-calls", 8, false);
    private static final ChecklistItem UNDATED = item("read-handbook", null, false);

    private static ChecklistItem item(String id, Integer offset, boolean signOff) {
        return new ChecklistItem(id, id, "", offset, null, signOff, 1);
    }

    private final List<ItemProgress> progress = new ArrayList<>();

    private Agenda on(String day) {
        Checklist checklist = Checklist.of(List.of(DAY_1, DAY_3, ROLE_PLAY, WEEK_1, DAY_9, UNDATED), progress);
        return Agenda.of(checklist, START, WorkingWeek.calendarDays(), LocalDate.parse(day));
    }

    private static List<String> ids(List<ChecklistItem> items) {
        return items.stream().map(ChecklistItem::id).toList();
    }

    @Test
    void onWednesdayMondaysItemIsOverdueTodaysAreDueAndTheNextSixDaysAreThisWeek() {
        Agenda wednesday = on("2027-03-03");
        assertThat(ids(wednesday.overdue())).containsExactly("setup-accounts");
        assertThat(ids(wednesday.today())).containsExactly("crm-views", "pitch-roleplay");
        assertThat(ids(wednesday.thisWeek())).containsExactly("shadow-demos", "first-calls");
        assertThat(wednesday.awaitingSignOff()).isEmpty();
    }

    @Test
    void theWeekEndsSixDaysAfterTheDaySoAnItemDueTheDayAfterWaitsForNextWeek() {
        assertThat(ids(on("2027-03-02").thisWeek())).containsExactly("crm-views", "pitch-roleplay", "shadow-demos");
    }

    @Test
    void aTickedItemWaitingForSignOffLeavesTodayForItsOwnListAndIsNeverOverdue() {
        progress.add(ItemProgress.open(ROLE_PLAY.id()).complete(ROLE_PLAY, REP, Evidence.NONE, NOW));
        Agenda friday = on("2027-03-05");
        assertThat(ids(friday.awaitingSignOff())).containsExactly("pitch-roleplay");
        assertThat(ids(friday.overdue())).containsExactly("setup-accounts", "crm-views");
    }

    @Test
    void doneAndSkippedItemsAreInNoListAndUndatedOnesNeverAppear() {
        progress.add(ItemProgress.open(DAY_1.id()).complete(DAY_1, REP, Evidence.NONE, NOW));
        progress.add(ItemProgress.open(DAY_3.id()).skip(DAY_3, MANAGER, "Done in a previous job", NOW));
        Agenda later = on("2027-04-30");
        assertThat(ids(later.overdue())).containsExactly("pitch-roleplay", "shadow-demos", "first-calls");
        assertThat(later.today()).isEmpty();
        assertThat(later.thisWeek()).isEmpty();
    }

    @Test
    void overdueItemsAreListedByTheirDateWhenAManagerMovedOneEarlier() {
        progress.add(ItemProgress.open(DAY_9.id()).moveDue(DAY_9, MANAGER, LocalDate.of(2027, 3, 2)));
        assertThat(ids(on("2027-03-04").overdue())).containsExactly("setup-accounts", "first-calls", "crm-views", "pitch-roleplay");
    }

    @Test
    void aFinishedChecklistAsksNothing() {
        for (ChecklistItem item : List.of(DAY_1, DAY_3, ROLE_PLAY, WEEK_1, DAY_9, UNDATED)) {
            progress.add(ItemProgress.open(item.id()).complete(item, MANAGER, Evidence.NONE, NOW));
        }
        assertThat(on("2027-03-10").isEmpty()).isTrue();
    }
}
