package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.goose.testing.Html;
import dev.goose.testing.SpecExamples.Example;
import dev.goose.testing.SpecExamples;

/** Raw HTML that would swallow the rest of a playbook is shown as text, as on GitHub, and the author is told where. */
@Tag("unit")
class DisallowedHtmlTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private ParseResult parse(String markdown) {
        ParseResult result = parser.parse("p.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    @Test
    void theGitHubSpecExampleShowsTheDisallowedTagsAsText() {
        List<Example> examples = SpecExamples.of("gfm-spec.txt").stream()
                .filter(e -> e.section().equals("Disallowed Raw HTML (extension)")).toList();
        assertThat(examples).hasSize(1);
        String html = parse(examples.get(0).markdown()).playbook().html();
        assertThat(html).contains("<strong>").contains("<em>").contains("<blockquote>")
                .contains("&lt;title&gt;").contains("&lt;style&gt;").contains("&lt;xmp&gt; is disallowed.")
                .contains("&lt;XMP&gt; is also disallowed.");
        assertThat(Html.text(html)).isEqualToIgnoringWhitespace(Html.text(examples.get(0).html()));
    }

    @Test
    void theTagFilterEscapesOpeningAndClosingDisallowedTagsInAnyCaseAndLeavesOthers() {
        assertThat(DisallowedHtml.escape("<script>x</script> <SCRIPT src=a> <style/> <title\n>"))
                .isEqualTo("&lt;script>x&lt;/script> &lt;SCRIPT src=a> &lt;style/> &lt;title\n>");
        assertThat(DisallowedHtml.escape("<scripts> <titles> <strong> <em> <div> <a href=x>"))
                .isEqualTo("<scripts> <titles> <strong> <em> <div> <a href=x>");
    }

    @ParameterizedTest
    @ValueSource(strings = { "script", "style", "title", "iframe", "textarea", "xmp", "plaintext", "noembed", "noframes" })
    void aMentionInProseKeepsTheRestOfThePlaybookAndTheStageGuideAfterIt(String tag) {
        ParseResult result = parse("# Notes\n\nA <" + tag + "> tag pasted into a CRM note is never run.\n\n"
                + "## Discovery {#discovery stage=discovery}\nAsk about the **budget**.\n\n- [ ] Budget owner named\n");
        ParsedPlaybook playbook = result.playbook();
        assertThat(playbook.html()).contains("A &lt;" + tag + "&gt; tag pasted").contains("<h2 id=\"discovery\">")
                .contains("<strong>budget</strong>").doesNotContain("&lt;h2").doesNotContain("&lt;strong");
        assertThat(GuideSlicer.html(playbook.html(), "discovery")).contains("Ask about the <strong>budget</strong>.")
                .contains("Budget owner named");
        assertThat(playbook.stageSections()).extracting(Section::anchor).containsExactly("discovery");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("<" + tag + "> is shown as text");
        });
    }

    @Test
    void aScriptWithItsEndTagShowsAsTextAndRunsNothing() {
        String html = parse("Before\n\n<script>alert('x')</script>\n\nAfter\n").playbook().html();
        assertThat(html).contains("&lt;script&gt;alert(").contains("&lt;/script&gt;").contains("<p>After</p>")
                .doesNotContain("<script");
    }

    @Test
    void anHtmlBlockThatNothingClosesIsShownAsTextAndWarnsThatItTakesTheRest() {
        ParseResult result = parse("Intro\n\n<textarea>\n## Not a section\n");
        assertThat(result.playbook().html()).contains("&lt;textarea&gt;").contains("## Not a section");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("<textarea> is shown as text").contains("no </textarea> closes it");
        });
    }

    @Test
    void rawHtmlTheSanitizerCutsIsAWarningWithItsLine() {
        ParseResult result = parse("# T\n\n<div onclick=\"x()\">Kept text</div>\n\nSee <span style=\"color:red\">red</span>"
                + " and <img src=\"https://example.com/a.png\" onerror=\"x()\">.\n\nFine: <strong>bold</strong> <br>\n");
        assertThat(result.playbook().html()).contains("Kept text").contains("red").doesNotContain("onclick", "onerror", "style=");
        assertThat(result.warnings()).extracting(ParseProblem::line).containsExactly(3, 5);
        assertThat(result.warnings().get(0).message()).contains("the <div> tag");
        assertThat(result.warnings().get(1).message()).contains("the <span> tag").contains("the onerror attribute of <img>");
    }

    @Test
    void markdownThatLooksLikeHtmlInCodeIsNotRawHtmlAndWarnsNothing() {
        ParseResult result = parse("Use `<script>` and `<div>` in code.\n\n```html\n<script>run()</script>\n<style>p{}</style>\n```\n");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.playbook().html()).contains("<code>&lt;script&gt;</code>").contains("&lt;style&gt;p{}&lt;/style&gt;");
    }

    @Test
    void manyLinesOfRemovedHtmlAreListedUpToALimitAndCounted() {
        ParseResult result = parse("<div>x</div>\n\n".repeat(DisallowedHtml.MAX_WARNINGS + 5));
        assertThat(result.warnings()).hasSize(DisallowedHtml.MAX_WARNINGS + 1);
        assertThat(result.warnings().get(0).message()).contains("5 more lines");
    }
}
