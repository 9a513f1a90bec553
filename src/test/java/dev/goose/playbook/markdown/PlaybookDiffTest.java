package dev.goose.playbook.markdown;

import static dev.goose.playbook.markdown.PlaybookDiff.ItemStatus.ADDED;
import static dev.goose.playbook.markdown.PlaybookDiff.ItemStatus.REMOVED;
import static dev.goose.playbook.markdown.PlaybookDiff.ItemStatus.RESCHEDULED;
import static dev.goose.playbook.markdown.PlaybookDiff.ItemStatus.REWORDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.markdown.PlaybookDiff.Line;
import dev.goose.playbook.markdown.PlaybookDiff.LineType;
import dev.goose.playbook.markdown.PlaybookDiff.SectionChange;
import dev.goose.playbook.markdown.PlaybookDiff.Status;

@Tag("unit")
class PlaybookDiffTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private PlaybookDiff diff(String older, String newer) {
        ParsedPlaybook a = parser.parse("p.md", older.getBytes(StandardCharsets.UTF_8)).playbook();
        ParsedPlaybook b = parser.parse("p.md", newer.getBytes(StandardCharsets.UTF_8)).playbook();
        return PlaybookDiff.between(a.sections(), b.sections(), a.items(), b.items());
    }

    @Test
    void identicalVersionsDifferInNothing() {
        String text = "## A\nx\n## B\n- [ ] y\n";
        assertThat(diff(text, text).isEmpty()).isTrue();
    }

    @Test
    void sectionsAreAddedRemovedAndChangedLineByLine() {
        PlaybookDiff diff = diff("## Keep\nsame\n## Edit\none\ntwo\n## Drop\ngone\n",
                "## Keep\nsame\n## Edit\none\n2\n## New\nhello\n");
        assertThat(diff.sections()).extracting(SectionChange::anchor, SectionChange::status).containsExactly(
                tuple("keep", Status.UNCHANGED), tuple("edit", Status.CHANGED), tuple("new", Status.ADDED),
                tuple("drop", Status.REMOVED));
        assertThat(diff.summary()).isEqualTo("1 section added, 1 section changed, 1 section removed");
        assertThat(diff.sections().get(1).lines()).containsExactly(new Line(LineType.SAME, "## Edit"),
                new Line(LineType.SAME, "one"), new Line(LineType.REMOVED, "two"), new Line(LineType.ADDED, "2"));
    }

    @Test
    void aSectionMovedElsewhereIsMovedNotRemovedAndAdded() {
        PlaybookDiff diff = diff("## A\na\n## B\nb\n## C\nc\n", "## C\nc\n## A\na\n## B\nb\n");
        assertThat(diff.sections()).extracting(SectionChange::anchor, SectionChange::status).containsExactly(
                tuple("c", Status.MOVED), tuple("a", Status.UNCHANGED), tuple("b", Status.UNCHANGED));
    }

    @Test
    void manyMovedSectionsAreFoundWithoutATableOfBothLengths() {
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            older.append("## S").append(i).append("\nx\n");
        }
        newer.append("## S1499\nx\n");
        for (int i = 0; i < 1499; i++) {
            newer.append("## S").append(i).append("\nx\n");
        }
        PlaybookDiff diff = diff(older.toString(), newer.toString());
        assertThat(diff.sections()).filteredOn(s -> s.status() == Status.MOVED).extracting(SectionChange::anchor)
                .containsExactly("s1499");
    }

    @Test
    void aRenamedHeadingWithAnExplicitIdIsTheSameSectionChanged() {
        PlaybookDiff diff = diff("## Pricing {#price}\nx\n", "## Price objections {#price}\nx\n");
        assertThat(diff.sections()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.CHANGED);
            assertThat(s.title()).isEqualTo("Price objections");
        });
    }

    @Test
    void itemsAreComparedByIdNotByPosition() {
        PlaybookDiff diff = diff("""
                - [ ] Call the customer
                - [ ] Send the recap {#recap}
                - [ ] Shadow calls {due=week1}
                - [ ] Old step
                """, """
                - [ ] Book the demo
                - [ ] Shadow calls {due=week2 signoff}
                - [ ] Send a recap email the same day {#recap}
                - [ ] Call the customer
                """);
        assertThat(diff.items()).extracting(PlaybookDiff.ItemChange::id, PlaybookDiff.ItemChange::status)
                .containsExactly(tuple("book-the-demo", ADDED), tuple("shadow-calls", RESCHEDULED),
                        tuple("recap", REWORDED), tuple("old-step", REMOVED));
        assertThat(diff.items().get(1).after()).isEqualTo("due week 2, needs sign-off");
        assertThat(diff.items().get(2).before()).isEqualTo("Send the recap");
    }
}
