package dev.goose.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.ItemEvent.Kind;
import dev.goose.onboarding.Upgrade.Rescheduled;
import dev.goose.onboarding.Upgrade.Reworded;
import dev.goose.playbook.markdown.ChecklistItem;
import dev.goose.playbook.markdown.ParseSettings;
import dev.goose.playbook.markdown.PlaybookParser;

@Tag("unit")
class UpgradeTest {

    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final WorkingWeek WEEK = WorkingWeek.calendarDays();
    private static final Actor REP = Actor.rep(7);
    private static final Actor MANAGER = Actor.manager(3);
    private static final PlaybookParser PARSER = new PlaybookParser(ParseSettings.defaults());

    private static final String V1 = """
            ## Week 1
            - [ ] Laptop, email and CRM logins work {#setup-accounts due=day1}
            - [ ] Read the sales stages playbook {#read-stages due=day2}
            - [ ] Shadow two demos {#shadow-demos due=week1}
            - [ ] Fax the signed welcome form {#fax-form due=day5}
            ## Month 1
            - [ ] Cold call pitch role-play with your manager {#pitch-roleplay due=week3 signoff}
            - [ ] Role-play all seven objections with your manager {#objection-roleplay due=day30 signoff}
            """;

    /** Published as major: one item dropped, one added, one reworded, two rescheduled. */
    private static final String V2 = """
            ## Week 1
            - [ ] Laptop, email and CRM logins work {#setup-accounts due=day1}
            - [ ] Read the sales stages and objection handling playbooks {#read-stages due=day2}
            - [ ] Shadow two demos {#shadow-demos due=week2}
            - [ ] Meet a solutions engineer {#meet-se due=day5}
            ## Month 1
            - [ ] Cold call pitch role-play with your manager {#pitch-roleplay due=week3 signoff}
            - [ ] Role-play all seven objections with your manager {#objection-roleplay due=day45 signoff}
            """;

    private static List<ChecklistItem> items(String markdown) {
        return PARSER.parse("onboarding/new-rep.md", markdown.getBytes(StandardCharsets.UTF_8)).playbook().items();
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private Checklist checklist = Checklist.of(items(V1), List.of());

    private void act(String id, UnaryOperator<ItemProgress> action) {
        checklist = checklist.with(action.apply(checklist.progressOf(id)));
    }

    /** The new hire ticks items with a note, the manager signs one off and sends one back. */
    private void progressOnV1() {
        ChecklistItem accounts = checklist.item("setup-accounts");
        ChecklistItem stages = checklist.item("read-stages");
        ChecklistItem fax = checklist.item("fax-form");
        ChecklistItem pitch = checklist.item("pitch-roleplay");
        ChecklistItem objections = checklist.item("objection-roleplay");
        act("setup-accounts", p -> p.complete(accounts, REP, new Evidence("All working", null), at("2027-03-01")));
        act("read-stages", p -> p.complete(stages, REP, new Evidence(null, "https://wiki.example.com/stages"), at("2027-03-02")));
        act("fax-form", p -> p.complete(fax, REP, Evidence.NONE, at("2027-03-04")));
        act("pitch-roleplay", p -> p.complete(pitch, REP, new Evidence("Recorded", null), at("2027-03-15")));
        act("pitch-roleplay", p -> p.signOff(pitch, MANAGER, "Sharp opener", at("2027-03-16")));
        act("objection-roleplay", p -> p.complete(objections, REP, new Evidence("Did five of seven", null), at("2027-03-17")));
        act("objection-roleplay", p -> p.sendBack(objections, MANAGER, "All seven, please", at("2027-03-18")));
        act("shadow-demos", p -> p.moveDue(checklist.item("shadow-demos"), MANAGER, LocalDate.of(2027, 3, 12)));
    }

    @Test
    void upgradingKeepsTheNewHiresProgress() {
        progressOnV1();
        Upgrade upgrade = Upgrade.of(checklist, items(V2), START, WEEK);
        Checklist after = upgrade.checklist();

        assertThat(after.items()).extracting(ChecklistItem::id).containsExactly("setup-accounts", "read-stages",
                "shadow-demos", "meet-se", "pitch-roleplay", "objection-roleplay");
        assertThat(after.progressOf("setup-accounts")).isEqualTo(checklist.progressOf("setup-accounts"));
        assertThat(after.progressOf("read-stages").state()).as("reworded, still done").isEqualTo(ItemState.DONE);
        assertThat(after.progressOf("read-stages").evidence().link()).isEqualTo("https://wiki.example.com/stages");
        ItemProgress pitch = after.progressOf("pitch-roleplay");
        assertThat(pitch.signedOff()).isTrue();
        assertThat(pitch.finishedAt()).isEqualTo(at("2027-03-16"));
        ItemProgress objections = after.progressOf("objection-roleplay");
        assertThat(objections.state()).isEqualTo(ItemState.OPEN);
        assertThat(objections.sentBackComment()).contains("All seven, please");
        assertThat(objections.history()).extracting(ItemEvent::kind).containsExactly(Kind.DONE, Kind.SENT_BACK);

        assertThat(upgrade.removed()).singleElement().satisfies(removed -> {
            assertThat(removed.item().text()).isEqualTo("Fax the signed welcome form");
            assertThat(removed.progress().state()).isEqualTo(ItemState.DONE);
        });
        assertThat(upgrade.added()).extracting(ChecklistItem::id).containsExactly("meet-se");
        assertThat(upgrade.reworded()).containsExactly(new Reworded("read-stages", "Read the sales stages playbook",
                "Read the sales stages and objection handling playbooks"));
        assertThat(upgrade.rescheduled()).as("shadow-demos keeps the manager's date").containsExactly(
                new Rescheduled("objection-roleplay", LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 14)));
    }

    @Test
    void newItemsAreDueFromTheOriginalStartSoTheyMayBeOverdueAtOnce() {
        progressOnV1();
        Checklist after = Upgrade.of(checklist, items(V2), START, WEEK).checklist();
        assertThat(after.dueDates(START, WEEK)).containsEntry("meet-se", LocalDate.of(2027, 3, 5))
                .containsEntry("shadow-demos", LocalDate.of(2027, 3, 12));

        Progress onTheDayOfTheUpgrade = Progress.of(after, START, WEEK, LocalDate.of(2027, 3, 20));
        assertThat(onTheDayOfTheUpgrade).as("the role-play is due on Monday the 22nd").isEqualTo(new Progress(6, 3, 4, 2, 0, 19));
        assertThat(onTheDayOfTheUpgrade.overdue()).as("shadow-demos and meet-se").isEqualTo(2);
    }

    @Test
    void aRemovedItemThatComesBackInALaterVersionBringsItsProgressBack() {
        progressOnV1();
        Checklist v2 = Upgrade.of(checklist, items(V2), START, WEEK).checklist();
        assertThat(v2.isComplete()).isFalse();
        Upgrade v3 = Upgrade.of(v2, items(V1), START, WEEK);
        assertThat(v3.checklist().progressOf("fax-form").state()).isEqualTo(ItemState.DONE);
        assertThat(v3.added()).extracting(ChecklistItem::id).containsExactly("fax-form");
    }

    @Test
    void aTickWaitingForASignOffTheNewerVersionDropsIsDoneAsOfTheTick() {
        ChecklistItem pitch = new ChecklistItem("pitch", "Pitch", "", 20, null, true, 1);
        Checklist before = Checklist.of(List.of(pitch), List.of(
                ItemProgress.open("pitch").complete(pitch, REP, Evidence.NONE, at("2027-03-15"))));
        ChecklistItem relaxed = new ChecklistItem("pitch", "Pitch", "", 20, null, false, 1);
        Checklist after = Upgrade.of(before, List.of(relaxed), START, WEEK).checklist();
        assertThat(after.progressOf("pitch").state()).isEqualTo(ItemState.DONE);
        assertThat(after.completedAt()).contains(at("2027-03-15"));
    }

    @Test
    void aWaitingItemWithoutARecordedTickKeepsWaitingForTheManager() {
        ChecklistItem relaxed = new ChecklistItem("pitch", "Pitch", "", 20, null, false, 1);
        ItemProgress noHistory = new ItemProgress("pitch", ItemState.AWAITING_SIGN_OFF, Evidence.NONE, null, false, null,
                null, List.of());
        Checklist after = Upgrade.of(Checklist.of(List.of(relaxed), List.of(noHistory)), List.of(relaxed), START, WEEK)
                .checklist();
        assertThat(after.progressOf("pitch").state()).isEqualTo(ItemState.AWAITING_SIGN_OFF);
        assertThat(after.progressOf("pitch").signOff(relaxed, MANAGER, null, at("2027-03-20")).state())
                .isEqualTo(ItemState.DONE);
    }

    @Test
    void anItemDoneBeforeTheNewerVersionAskedForSignOffStaysDone() {
        ChecklistItem pitch = new ChecklistItem("pitch", "Pitch", "", 20, null, false, 1);
        Checklist before = Checklist.of(List.of(pitch), List.of(
                ItemProgress.open("pitch").complete(pitch, REP, Evidence.NONE, at("2027-03-15"))));
        ChecklistItem stricter = new ChecklistItem("pitch", "Pitch", "", 20, null, true, 1);
        assertThat(Upgrade.of(before, List.of(stricter), START, WEEK).checklist().isComplete()).isTrue();
    }

    @Test
    void upgradingToTheSameItemsChangesNothing() {
        progressOnV1();
        Upgrade same = Upgrade.of(checklist, items(V1), START, WEEK);
        assertThat(same.checklist()).isEqualTo(checklist);
        assertThat(same.added()).isEmpty();
        assertThat(same.reworded()).isEmpty();
        assertThat(same.rescheduled()).isEmpty();
        assertThat(same.removed()).isEmpty();
    }

    @Test
    void anItemThatLosesItsDueRuleIsRescheduledToNoDate() {
        ChecklistItem dated = new ChecklistItem("read", "Read", "", 2, null, false, 1);
        ChecklistItem undated = new ChecklistItem("read", "Read", "", null, null, false, 1);
        Upgrade upgrade = Upgrade.of(Checklist.of(List.of(dated), List.of()), List.of(undated), START, WEEK);
        assertThat(upgrade.rescheduled()).containsExactly(new Rescheduled("read", LocalDate.of(2027, 3, 3), null));
    }
}
