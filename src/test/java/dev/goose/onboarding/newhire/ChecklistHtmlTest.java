package dev.goose.onboarding.newhire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.newhire.ChecklistHtml.Part;
import dev.goose.playbook.markdown.ParseSettings;
import dev.goose.playbook.markdown.PlaybookParser;

@Tag("unit")
class ChecklistHtmlTest {

    private static final PlaybookParser PARSER = new PlaybookParser(ParseSettings.defaults());

    private static String html(String markdown) {
        return PARSER.parse("onboarding/test.md", markdown.getBytes(StandardCharsets.UTF_8)).playbook().html();
    }

    @Test
    void eachItemBecomesAPartWithItsTextAndTheSectionsStayAroundIt() {
        String html = html("""
                # Ramp
                ## First week {#first-week}
                Get set up and *listen*.
                - [ ] Laptop and [CRM](https://crm.example.com) logins work {#setup due=day1}
                - [ ] Shadow two demos {#shadow due=week1}
                ## Month one {#month-one}
                - [ ] First 100 calls {#calls}
                """);
        List<Part> parts = ChecklistHtml.split(html);
        assertThat(parts.stream().filter(Part::isItem).map(Part::itemId)).containsExactly("setup", "shadow", "calls");
        Part setup = parts.stream().filter(p -> "setup".equals(p.itemId())).findFirst().orElseThrow();
        assertThat(setup.html()).contains("Laptop and").contains("href=\"https://crm.example.com\"")
                .doesNotContain("task-box").doesNotContain("<li");
        String text = String.join("", parts.stream().filter(p -> !p.isItem()).map(Part::html).toList());
        assertThat(text).contains("id=\"first-week\"").contains("<em>listen</em>").contains("id=\"month-one\"");
        assertThat(text).doesNotContain("data-item");
    }

    @Test
    void puttingEachItemBackInItsPlaceGivesTheListsTheirClosingTags() {
        String html = html("- [ ] One {#one}\n- [ ] Two {#two}\n\nAfter.\n");
        StringBuilder rebuilt = new StringBuilder();
        for (Part part : ChecklistHtml.split(html)) {
            rebuilt.append(part.isItem() ? "<li>" + part.html() : part.html());
        }
        assertThat(rebuilt.toString().replaceAll("\\s", "")).isEqualTo("<ul><li>One</li><li>Two</li></ul><p>After.</p>");
    }

    @Test
    void aNestedListStaysInTheTextAfterTheItemSoNestedItemsGetTheirOwnPlace() {
        String html = html("""
                - [ ] Outer {#outer}
                  - [ ] Inner {#inner}
                  - plain note
                """);
        List<Part> parts = ChecklistHtml.split(html);
        assertThat(parts.stream().filter(Part::isItem).map(Part::itemId)).containsExactly("outer", "inner");
        assertThat(parts.stream().filter(p -> "outer".equals(p.itemId())).findFirst().orElseThrow().html()).isEqualTo("Outer");
        assertThat(String.join("", parts.stream().map(Part::html).toList())).contains("plain note");
    }

    @Test
    void aPlaybookWithoutItemsIsOneStretchOfText() {
        String html = html("# Handbook\n\nJust text.\n");
        assertThat(ChecklistHtml.split(html)).containsExactly(new Part(html, null));
    }

    @Test
    void anItemWhoseTextHasAScriptAmpersandsAndQuotesKeepsThemAsEscapedText() {
        String html = html("""
                # Ramp
                - [ ] Read <script>alert('x')</script> & "quotes" {#hostile}
                """);
        Part item = ChecklistHtml.split(html).stream().filter(Part::isItem).findFirst().orElseThrow();
        assertThat(item.itemId()).isEqualTo("hostile");
        assertThat(item.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;")
                .contains("quotes");
    }
}
