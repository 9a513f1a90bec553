package dev.goose.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.Progress.Status;
import dev.goose.playbook.markdown.ChecklistItem;

/** A rep who starts on Monday 1 March 2027, counted in calendar days with weekends off. */
@Tag("unit")
class ProgressTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Actor REP = Actor.rep(7);
    private static final Actor MANAGER = Actor.manager(3);
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    /** Due Mon 1 March. */
    private static final ChecklistItem DAY_1 = item("setup-accounts", 0, false);
    /** Due Wed 3 March. */
    private static final ChecklistItem DAY_3 = item("crm-views", 2, false);
    /** Sunday 7 March, so due Mon 8 March. */
    private static final ChecklistItem WEEK_1 = item("shadow-demos", 6, false);
    /** Sunday 14 March, so due Mon 15 March. */
    private static final ChecklistItem WEEK_2 = item("pitch-roleplay", 13, true);
    private static final ChecklistItem UNDATED = item("read-handbook", null, false);

    private static ChecklistItem item(String id, Integer offset, boolean signOff) {
        return new ChecklistItem(id, id, "", offset, null, signOff, 1);
    }

    private final List<ItemProgress> progress = new ArrayList<>();

    private ProgressTest done(ChecklistItem... items) {
        for (ChecklistItem item : items) {
            progress.add(ItemProgress.open(item.id()).complete(item, REP, Evidence.NONE, NOW));
        }
        return this;
    }

    private Progress on(String day) {
        Checklist checklist = Checklist.of(List.of(DAY_1, DAY_3, WEEK_1, WEEK_2, UNDATED), progress);
        return Progress.of(checklist, START, WorkingWeek.calendarDays(), LocalDate.parse(day));
    }

    @Test
    void onWednesdayTwoOfFiveItemsAreExpectedAndOneDoneIsBehindButNotYetOverdue() {
        Progress wednesday = done(DAY_1).on("2027-03-03");
        assertThat(wednesday).isEqualTo(new Progress(5, 1, 2, 0, 0, 2));
        assertThat(wednesday.percentDone()).isEqualTo(20);
        assertThat(wednesday.percentExpected()).isEqualTo(40);
        assertThat(wednesday.status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void theDayAfterItsDueDateAnOpenItemIsOverdue() {
        Progress thursday = done(DAY_1).on("2027-03-04");
        assertThat(thursday.overdue()).isEqualTo(1);
        assertThat(thursday.daysSinceStart()).isEqualTo(3);
    }

    @Test
    void anItemDueOnASundayIsExpectedOnlyFromMonday() {
        assertThat(done(DAY_1, DAY_3).on("2027-03-07").expected()).isEqualTo(2);
        assertThat(on("2027-03-08").expected()).isEqualTo(3);
    }

    @Test
    void doingMoreThanIsDueIsAheadAndUndatedItemsCountAsDone() {
        Progress ahead = done(DAY_1, DAY_3, UNDATED).on("2027-03-04");
        assertThat(ahead.percentDone()).isEqualTo(60);
        assertThat(ahead.percentExpected()).isEqualTo(40);
        assertThat(ahead.status()).isEqualTo(Status.AHEAD);
    }

    @Test
    void finishingLaterItemsDoesNotMakeUpForAMissedOne() {
        Progress mixed = done(DAY_1, WEEK_1, UNDATED).on("2027-03-04");
        assertThat(mixed.finished()).isGreaterThan(mixed.expected());
        assertThat(mixed.overdue()).isEqualTo(1);
        assertThat(mixed.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void anItemAwaitingSignOffIsNeitherDoneNorOverdue() {
        Progress later = done(DAY_1, DAY_3, WEEK_1, WEEK_2).on("2027-03-20");
        assertThat(later.awaitingSignOff()).isEqualTo(1);
        assertThat(later.finished()).isEqualTo(3);
        assertThat(later.overdue()).isZero();
        assertThat(later.status()).as("4 were due, 3 are done until the manager signs off").isEqualTo(Status.BEHIND);
    }

    @Test
    void skippedItemsCountAsDone() {
        progress.add(ItemProgress.open(DAY_1.id()).skip(DAY_1, MANAGER, "Laptop arrives next week", NOW));
        progress.add(ItemProgress.open(DAY_3.id()).complete(DAY_3, REP, Evidence.NONE, NOW));
        assertThat(on("2027-03-03").status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aMovedDueDateMovesWhatIsExpected() {
        progress.add(ItemProgress.open(DAY_3.id()).moveDue(DAY_3, MANAGER, LocalDate.of(2027, 3, 10)));
        Progress thursday = done(DAY_1).on("2027-03-04");
        assertThat(thursday.expected()).isEqualTo(1);
        assertThat(thursday.overdue()).isZero();
        assertThat(thursday.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void beforeTheStartNothingIsExpected() {
        Progress before = on("2027-02-26");
        assertThat(before.expected()).isZero();
        assertThat(before.daysSinceStart()).isEqualTo(-3);
        assertThat(before.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void percentagesRoundDownSoOnlyEverythingIsAHundred() {
        assertThat(new Progress(3, 1, 2, 0, 0, 0).percentDone()).isEqualTo(33);
        assertThat(new Progress(3, 1, 2, 0, 0, 0).percentExpected()).isEqualTo(66);
        assertThat(new Progress(200, 199, 0, 0, 0, 0).percentDone()).isEqualTo(99);
        assertThat(new Progress(0, 0, 0, 0, 0, 0).percentDone()).isEqualTo(100);
    }
}
