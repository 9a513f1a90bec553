package dev.goose.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.errors.Conflict;
import dev.goose.errors.FieldError;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.onboarding.ItemEvent.Kind;
import dev.goose.onboarding.ItemRules.Action;
import dev.goose.playbook.markdown.ChecklistItem;

@Tag("unit")
class ItemProgressTest {

    private static final Actor REP = Actor.rep(7);
    private static final Actor MANAGER = Actor.manager(3);
    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-03-02T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2027-03-03T09:00:00Z");

    private static final ChecklistItem CRM = new ChecklistItem("crm-views", "Set up your CRM views", "week-1", 2, null, false, 10);
    private static final ChecklistItem ROLEPLAY = new ChecklistItem("pitch-roleplay", "Pitch role-play", "week-3", 20, null, true, 20);

    private static FieldError fieldErrorOf(ThrowingCallable action) {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, action);
        assertThat(invalid).as("an InvalidInput").isNotNull();
        return invalid.errors().get(0);
    }

    @Test
    void tickingAnItemMakesItDoneWithItsNoteAndLink() {
        ItemProgress done = ItemProgress.open("crm-views").complete(CRM, REP,
                new Evidence(" Views saved ", "https://crm.example.com/views/42"), MONDAY);
        assertThat(done.state()).isEqualTo(ItemState.DONE);
        assertThat(done.evidence()).isEqualTo(new Evidence("Views saved", "https://crm.example.com/views/42"));
        assertThat(done.finishedAt()).isEqualTo(MONDAY);
        assertThat(done.signedOff()).isFalse();
        assertThat(done.history()).extracting(ItemEvent::kind).containsExactly(Kind.DONE);
    }

    @Test
    void anItemThatNeedsSignOffWaitsForTheManagerAndIsDoneWhenSignedOff() {
        ItemProgress ticked = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, REP, new Evidence("Done on Monday", null), MONDAY);
        assertThat(ticked.state()).isEqualTo(ItemState.AWAITING_SIGN_OFF);
        assertThat(ticked.finishedAt()).isNull();

        ItemProgress signed = ticked.signOff(ROLEPLAY, MANAGER, "Good pitch", TUESDAY);
        assertThat(signed.state()).isEqualTo(ItemState.DONE);
        assertThat(signed.signedOff()).isTrue();
        assertThat(signed.finishedAt()).as("done when signed off, not when ticked").isEqualTo(TUESDAY);
        assertThat(signed.evidence().note()).isEqualTo("Done on Monday");
        assertThat(signed.history()).extracting(ItemEvent::kind, ItemEvent::actor).containsExactly(
                tuple(Kind.DONE, REP), tuple(Kind.SIGNED_OFF, MANAGER));
    }

    @Test
    void aRepCannotSignOffWhateverTheItemsState() {
        ItemProgress ticked = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, REP, Evidence.NONE, MONDAY);
        assertThatThrownBy(() -> ticked.signOff(ROLEPLAY, REP, null, TUESDAY)).isInstanceOf(NotAllowed.class)
                .hasMessage("Only a manager can sign off an item.");
        assertThatThrownBy(() -> ItemProgress.open("pitch-roleplay").signOff(ROLEPLAY, REP, null, TUESDAY))
                .isInstanceOf(NotAllowed.class);
        assertThat(ticked.state()).as("nothing changed").isEqualTo(ItemState.AWAITING_SIGN_OFF);
    }

    @Test
    void onlyATickedItemThatNeedsSignOffCanBeSignedOff() {
        assertThatThrownBy(() -> ItemProgress.open("pitch-roleplay").signOff(ROLEPLAY, MANAGER, null, TUESDAY))
                .isInstanceOf(Conflict.class).hasMessage("This item is not ticked yet; it can be signed off once it is.");
        ItemProgress done = ItemProgress.open("crm-views").complete(CRM, REP, Evidence.NONE, MONDAY);
        assertThatThrownBy(() -> done.signOff(CRM, MANAGER, null, TUESDAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void aManagersTickOnAnItemThatNeedsSignOffIsTheSignOff() {
        ItemProgress done = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, MANAGER, Evidence.NONE, MONDAY);
        assertThat(done.state()).isEqualTo(ItemState.DONE);
        assertThat(done.signedOff()).isTrue();
        assertThat(done.finishedAt()).isEqualTo(MONDAY);
        assertThat(done.history()).extracting(ItemEvent::kind).containsExactly(Kind.DONE, Kind.SIGNED_OFF);
    }

    @Test
    void aManagerSendsAnItemBackWithACommentAndTheEvidenceStaysInTheHistory() {
        ItemProgress ticked = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, REP,
                new Evidence("Recorded it", "https://drive.example.com/pitch.mp4"), MONDAY);
        ItemProgress back = ticked.sendBack(ROLEPLAY, MANAGER, "Handle the price objection too", TUESDAY);
        assertThat(back.state()).isEqualTo(ItemState.OPEN);
        assertThat(back.evidence().isEmpty()).isTrue();
        assertThat(back.sentBackComment()).contains("Handle the price objection too");
        assertThat(back.history()).extracting(ItemEvent::kind, ItemEvent::text, ItemEvent::link).containsExactly(
                tuple(Kind.DONE, "Recorded it", "https://drive.example.com/pitch.mp4"),
                tuple(Kind.SENT_BACK, "Handle the price objection too", null));

        ItemProgress again = back.complete(ROLEPLAY, REP, new Evidence("Second try", null), WEDNESDAY);
        assertThat(again.sentBackComment()).isEmpty();
        assertThat(again.history()).hasSize(3);
        assertThat(again.tickedAt()).contains(WEDNESDAY);
    }

    @Test
    void sendingBackNeedsAManagerAndAComment() {
        ItemProgress ticked = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, REP, Evidence.NONE, MONDAY);
        assertThatThrownBy(() -> ticked.sendBack(ROLEPLAY, REP, "no", TUESDAY)).isInstanceOf(NotAllowed.class);
        assertThat(fieldErrorOf(() -> ticked.sendBack(ROLEPLAY, MANAGER, "  ", TUESDAY)))
                .isEqualTo(new FieldError("comment", "Say what is missing, so that they know what to do."));
    }

    @Test
    void skippingNeedsAManagerAndAReason() {
        ItemProgress open = ItemProgress.open("crm-views");
        assertThatThrownBy(() -> open.skip(CRM, REP, "Not needed", MONDAY)).isInstanceOf(NotAllowed.class)
                .hasMessage("Only a manager can skip an item.");
        assertThat(fieldErrorOf(() -> open.skip(CRM, MANAGER, null, MONDAY)).field()).isEqualTo("reason");

        ItemProgress skipped = open.skip(CRM, MANAGER, "Came from a competitor, knows the CRM", MONDAY);
        assertThat(skipped.state()).isEqualTo(ItemState.SKIPPED);
        assertThat(skipped.skipReason()).isEqualTo("Came from a competitor, knows the CRM");
        assertThat(skipped.finishedAt()).isEqualTo(MONDAY);
        assertThatThrownBy(() -> skipped.complete(CRM, REP, Evidence.NONE, TUESDAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void aLinkMustBeAnHttpOrHttpsAddress() {
        ItemProgress open = ItemProgress.open("crm-views");
        for (String bad : new String[] { "javascript:alert(1)", "ftp://files.example.com/a", "not a link", "https://",
                "/relative/path", "https://exa mple.com" }) {
            assertThat(fieldErrorOf(() -> open.complete(CRM, REP, new Evidence(null, bad), MONDAY)).field()).as(bad)
                    .isEqualTo("link");
        }
        assertThat(open.complete(CRM, REP, new Evidence(null, "HTTP://Wiki.Example.com/page?q=1#top"), MONDAY).state())
                .isEqualTo(ItemState.DONE);
        assertThat(fieldErrorOf(() -> open.complete(CRM, REP, new Evidence("x".repeat(2001), null), MONDAY)).field())
                .isEqualTo("note");
    }

    @Test
    void aRepCanTakeBackTheirTickButNotASignOffOrASkip() {
        ItemProgress done = ItemProgress.open("crm-views").complete(CRM, REP, Evidence.NONE, MONDAY);
        assertThat(done.reopen(CRM, REP, TUESDAY).state()).isEqualTo(ItemState.OPEN);

        ItemProgress awaiting = ItemProgress.open("pitch-roleplay").complete(ROLEPLAY, REP, Evidence.NONE, MONDAY);
        assertThat(awaiting.reopen(ROLEPLAY, REP, TUESDAY).state()).isEqualTo(ItemState.OPEN);

        ItemProgress signed = awaiting.signOff(ROLEPLAY, MANAGER, null, TUESDAY);
        assertThatThrownBy(() -> signed.reopen(ROLEPLAY, REP, WEDNESDAY)).isInstanceOf(NotAllowed.class)
                .hasMessage("A manager signed off this item; only a manager can reopen it.");
        ItemProgress skipped = ItemProgress.open("crm-views").skip(CRM, MANAGER, "Not needed", MONDAY);
        assertThatThrownBy(() -> skipped.reopen(CRM, REP, WEDNESDAY)).isInstanceOf(NotAllowed.class);

        ItemProgress reopened = signed.reopen(ROLEPLAY, MANAGER, WEDNESDAY);
        assertThat(reopened.state()).isEqualTo(ItemState.OPEN);
        assertThat(reopened.signedOff()).isFalse();
        assertThat(reopened.finishedAt()).isNull();
        assertThat(skipped.reopen(CRM, MANAGER, WEDNESDAY).skipReason()).isNull();
        assertThatThrownBy(() -> ItemProgress.open("crm-views").reopen(CRM, MANAGER, WEDNESDAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyAManagerMovesAPersonsDueDateAndTheMoveSurvivesAReopening() {
        LocalDate later = LocalDate.of(2027, 3, 19);
        assertThatThrownBy(() -> ItemProgress.open("crm-views").moveDue(CRM, REP, later)).isInstanceOf(NotAllowed.class);
        ItemProgress moved = ItemProgress.open("crm-views").moveDue(CRM, MANAGER, later);
        assertThat(moved.dueOverride()).isEqualTo(later);
        ItemProgress reopened = moved.complete(CRM, REP, Evidence.NONE, MONDAY).reopen(CRM, REP, TUESDAY);
        assertThat(reopened.dueOverride()).isEqualTo(later);
        assertThat(reopened.moveDue(CRM, MANAGER, null).dueOverride()).isNull();
    }

    @Test
    void pagesCanAskWhichActionsWouldWork() {
        ItemProgress open = ItemProgress.open("pitch-roleplay");
        assertThat(ItemRules.allowed(REP, ROLEPLAY, open)).containsExactly(Action.COMPLETE);
        ItemProgress awaiting = open.complete(ROLEPLAY, REP, Evidence.NONE, MONDAY);
        assertThat(ItemRules.allowed(REP, ROLEPLAY, awaiting)).containsExactly(Action.REOPEN);
        assertThat(ItemRules.allowed(MANAGER, ROLEPLAY, awaiting)).containsExactly(Action.SIGN_OFF, Action.SEND_BACK,
                Action.SKIP, Action.REOPEN, Action.MOVE_DUE_DATE);
        assertThat(ItemRules.refusal(Action.SIGN_OFF, REP, ROLEPLAY, awaiting)).get()
                .isEqualTo(new Refusal(Refusal.Kind.NOT_ALLOWED, null, "Only a manager can sign off an item."));
    }

    @Test
    void progressThatClaimsToBeFinishedWithoutAFinishTimeCannotBeBuilt() {
        assertThatThrownBy(() -> new ItemProgress("crm-views", ItemState.DONE, Evidence.NONE, null, false, null, null,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemProgress("crm-views", ItemState.OPEN, Evidence.NONE, null, false, MONDAY, null,
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
