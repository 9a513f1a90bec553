package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class GuideSlicerTest {

    private final ParsedPlaybook playbook = new PlaybookParser(ParseSettings.defaults()).parse("s.md", """
            # Stages
            ## Discovery {#discovery stage=discovery}
            Ask about the budget.
            ### Questions
            - [ ] Budget owner named {#budget-owner}
            ## Demo {#demo stage=demo}
            Show the three things.
            - [ ] Demo booked {#demo-booked}
            """.getBytes(StandardCharsets.UTF_8)).playbook();

    @Test
    void aStageSectionSpansItsSubsectionsButNotTheNextStage() {
        assertThat(GuideSlicer.extent(playbook.sections(), 1)).containsExactly("discovery", "questions");
        assertThat(GuideSlicer.extent(playbook.sections(), 3)).containsExactly("demo");
    }

    @Test
    void itsHtmlIsCutFromTheHtmlRenderedAtPublish() {
        String discovery = GuideSlicer.html(playbook.html(), "discovery");
        assertThat(discovery).startsWith("<h2 id=\"discovery\">").contains("Ask about the budget.")
                .contains("<h3 id=\"questions\">").contains("Budget owner named").doesNotContain("Demo");
        assertThat(GuideSlicer.html(playbook.html(), "demo")).contains("Show the three things.").contains("Demo booked");
        assertThat(GuideSlicer.html(playbook.html(), "nowhere")).isEmpty();
    }
}
