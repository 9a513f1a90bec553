package dev.goose.onboarding;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.playbook.markdown.ChecklistItem;

@Tag("unit")
class ChecklistTest {

    private static final Actor REP = Actor.rep(7);
    private static final Actor MANAGER = Actor.manager(3);
    private static final ChecklistItem ACCOUNTS = new ChecklistItem("setup-accounts", "Logins work", "week-1", 0, null, false, 1);
    private static final ChecklistItem ROLEPLAY = new ChecklistItem("pitch-roleplay", "Pitch role-play", "week-3", 20, null, true, 2);
    private static final ChecklistItem LIST = new ChecklistItem("target-list", "50 target accounts", "week-2", 13, null, false, 3);

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private Checklist checklist = Checklist.of(List.of(ACCOUNTS, ROLEPLAY, LIST), List.of());

    private void apply(ChecklistItem item, UnaryOperator<ItemProgress> action) {
        checklist = checklist.with(action.apply(checklist.progressOf(item.id())));
    }

    @Test
    void itIsCompleteWhenEveryItemIsDoneSignedOffOrSkippedOnTheDayOfTheLastOfThose() {
        apply(ACCOUNTS, p -> p.complete(ACCOUNTS, REP, Evidence.NONE, at("2027-03-01")));
        apply(ROLEPLAY, p -> p.complete(ROLEPLAY, REP, Evidence.NONE, at("2027-03-19")));
        apply(LIST, p -> p.skip(LIST, MANAGER, "Territory not assigned yet", at("2027-03-20")));
        assertThat(checklist.isComplete()).as("the role-play still waits for sign-off").isFalse();
        assertThat(checklist.completedAt()).isEmpty();

        apply(ROLEPLAY, p -> p.signOff(ROLEPLAY, MANAGER, null, at("2027-03-22")));
        assertThat(checklist.isComplete()).isTrue();
        assertThat(checklist.completedAt()).contains(at("2027-03-22"));
        assertThat(checklist.completedOn(ZoneId.of("Europe/Berlin"))).contains(LocalDate.of(2027, 3, 22));
    }

    @Test
    void reopeningAnItemMakesItIncompleteAgain() {
        apply(ACCOUNTS, p -> p.complete(ACCOUNTS, REP, Evidence.NONE, at("2027-03-01")));
        apply(ROLEPLAY, p -> p.complete(ROLEPLAY, MANAGER, Evidence.NONE, at("2027-03-02")));
        apply(LIST, p -> p.complete(LIST, REP, Evidence.NONE, at("2027-03-03")));
        assertThat(checklist.completedAt()).contains(at("2027-03-03"));
        apply(LIST, p -> p.reopen(LIST, REP, at("2027-03-04")));
        assertThat(checklist.isComplete()).isFalse();
    }

    @Test
    void theCompletionDayIsTheTeamsDayNotUtcs() {
        Checklist one = Checklist.of(List.of(ACCOUNTS), List.of(ItemProgress.open("setup-accounts")
                .complete(ACCOUNTS, REP, Evidence.NONE, Instant.parse("2027-03-15T23:30:00Z"))));
        assertThat(one.completedOn(ZoneId.of("Europe/Berlin"))).contains(LocalDate.of(2027, 3, 16));
        assertThat(one.completedOn(ZoneId.of("America/New_York"))).contains(LocalDate.of(2027, 3, 15));
    }

    @Test
    void progressLeftFromItemsNoLongerInTheVersionIsNotCounted() {
        Checklist withLeftover = Checklist.of(List.of(ACCOUNTS), List.of(ItemProgress.open("old-item"),
                ItemProgress.open("setup-accounts").complete(ACCOUNTS, REP, Evidence.NONE, at("2027-03-01"))));
        assertThat(withLeftover.isComplete()).isTrue();
    }

    @Test
    void aChecklistWithoutItemsIsCompleteFromTheStart() {
        Checklist empty = Checklist.of(List.of(), List.of());
        assertThat(empty.isComplete()).isTrue();
        assertThat(empty.completedAt()).isEmpty();
    }

    @Test
    void anItemThatIsNotInThePinnedVersionIsRefusedByName() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> checklist.item("made-up"));
        assertThat(refused.errors()).containsExactly(new FieldError("item",
                "There is no item 'made-up' in the playbook version this checklist follows."));
        InvalidInput alsoRefused = catchThrowableOfType(InvalidInput.class,
                () -> checklist.with(ItemProgress.open("made-up")));
        assertThat(alsoRefused).isNotNull();
    }

    @Test
    void dueDatesFollowTheOrderOfThePlaybookAndLeaveOutUndatedItems() {
        ChecklistItem undated = new ChecklistItem("whenever", "Whenever", "", null, null, false, 4);
        Checklist withUndated = Checklist.of(List.of(ACCOUNTS, ROLEPLAY, LIST, undated), List.of(
                ItemProgress.open("target-list").moveDue(LIST, MANAGER, LocalDate.of(2027, 3, 26))));
        assertThat(withUndated.dueDates(LocalDate.of(2027, 3, 1), WorkingWeek.calendarDays())).containsExactly(
                entry("setup-accounts", LocalDate.of(2027, 3, 1)),
                entry("pitch-roleplay", LocalDate.of(2027, 3, 22)),
                entry("target-list", LocalDate.of(2027, 3, 26)));
    }
}
