package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.authoring.PlaybookQueries;

@Tag("unit")
class SnippetTest {

    @Test
    void theWordsAroundAMatchAreShown() {
        String text = "x".repeat(100) + " the price objection " + "y".repeat(200);
        assertThat(PlaybookQueries.snippet(text, "price")).startsWith("…").contains("the price objection").endsWith("…");
    }

    @Test
    void textWhoseLowerCaseIsLongerDoesNotBreakIt() {
        String text = "\u0130".repeat(200) + " price";
        assertThat(PlaybookQueries.snippet(text, "price")).endsWith("price");
    }

    @Test
    void tableCellsAndParagraphsAreSeparatedInSearchText() {
        ParsedPlaybook playbook = new PlaybookParser(ParseSettings.defaults()).parse("t.md",
                "## Q\n| Step | What you do |\n|---|---|\n| Acknowledge | Repeat it |\n\n- [ ] One\n- [ ] Two\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).playbook();
        assertThat(playbook.sections().get(0).text()).contains("Step What you do").contains("Acknowledge Repeat it")
                .doesNotContain("OneTwo");
    }
}
