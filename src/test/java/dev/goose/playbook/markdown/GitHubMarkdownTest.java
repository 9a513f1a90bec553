package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.newhire.ChecklistHtml;

/** GitHub-flavoured Markdown as people write it in their handbooks, through the sanitizer. */
@Tag("unit")
class GitHubMarkdownTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private ParsedPlaybook parse(String markdown) {
        ParseResult result = parser.parse("p.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        return result.playbook();
    }

    @Test
    void strikethroughShowsStruckThrough() {
        assertThat(parse("Price: ~~$120~~ $99 per seat.\n").html()).contains("<del>$120</del> $99");
    }

    @Test
    void addressesAndEmailsInTextBecomeLinks() {
        String html = parse("Docs at https://example.com/pricing, www.example.com and sales@example.com.\n").html()
                .replaceAll(" rel=\"(noopener noreferrer|noreferrer noopener)\"", "");
        assertThat(html).contains("<a href=\"https://example.com/pricing\">https://example.com/pricing</a>,")
                .contains("<a href=\"http://www.example.com\">www.example.com</a>")
                .contains("<a href=\"mailto:sales&#64;example.com\">sales&#64;example.com</a>.");
    }

    @Test
    void onlyTextWithASchemeAWwwAddressOrAnAtSignIsLookedAtForLinks() {
        assertThat(PlaybookParser.mayAutolink("See ftp://files.example.com")).isTrue();
        assertThat(PlaybookParser.mayAutolink("See WWW.EXAMPLE.COM")).isTrue();
        assertThat(PlaybookParser.mayAutolink("Mail sales@example.com")).isTrue();
        assertThat(PlaybookParser.mayAutolink("Open with the customer's words. example.com is not linked on GitHub either."))
                .isFalse();
        assertThat(parse("Mail sales@example.com today.\n").html()).contains("href=\"mailto:sales&#64;example.com\"");
    }

    @Test
    void rowsArePaddedOrCutToTheHeaderAndEscapedPipesStayInTheirCell() {
        String html = parse("""
                | Objection | Answer |
                |---|---|
                | Price |
                | Timing | Ask when | extra |
                | `a \\| b` | x \\| y |
                """).html();
        assertThat(html.replaceAll(">\\s+<", "><")).contains("<tr><td>Price</td><td></td></tr>")
                .contains("<tr><td>Timing</td><td>Ask when</td></tr>").doesNotContain("extra")
                .contains("<tr><td><code>a | b</code></td><td>x | y</td></tr>");
    }

    @Test
    void aTickedItemShowsTickedKeepsTheIdOfItsUntickedTwinAndIsNobodysProgress() {
        ParsedPlaybook ticked = parse("- [x] Send the recap\n- [X] Book the demo\n");
        ParsedPlaybook open = parse("- [ ] Send the recap\n- [ ] Book the demo\n");
        assertThat(ticked.items()).extracting(ChecklistItem::id).containsExactly("send-the-recap", "book-the-demo")
                .isEqualTo(open.items().stream().map(ChecklistItem::id).toList());
        assertThat(ticked.html()).contains("<span class=\"task-box ticked\" role=\"img\" aria-label=\"ticked\"></span>Send the recap");
        assertThat(open.html()).contains("<span class=\"task-box\"></span>Send the recap").doesNotContain("ticked");
        assertThat(ChecklistHtml.split(ticked.html())).filteredOn(ChecklistHtml.Part::isItem)
                .extracting(ChecklistHtml.Part::html).containsExactly("Send the recap", "Book the demo");
    }
}
