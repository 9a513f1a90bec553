package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.goose.testing.Html;

/** Text in braces is text; only Goose's own marks at the end of a heading or an item are marks. */
@Tag("unit")
class BracesTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private ParseResult result(String markdown) {
        ParseResult result = parser.parse("p.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result;
    }

    private ParsedPlaybook parse(String markdown) {
        return result(markdown).playbook();
    }

    private String text(String markdown) {
        return Html.text(parse(markdown).html());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Hi {FirstName},                                 | Hi {FirstName},",
            "Dear {{first_name}}, thanks for your time.       | Dear {{first_name}}, thanks for your time.",
            "Hi {{ contact.firstname }}!                      | Hi {{ contact.firstname }}!",
            "Subject: {Company} x {OurCompany} intro          | Subject: {Company} x {OurCompany} intro",
            "Book {meeting_link} at {time=10am}.              | Book {meeting_link} at {time=10am}.",
            "{#not-a-heading} and {.class} and {stage=demo}   | {#not-a-heading} and {.class} and {stage=demo}",
            "Use {} or { } or {a b c}                         | Use {} or { } or {a b c}",
            "Quote {title=\"VP Sales\"} here                  | Quote {title=\"VP Sales\"} here",
            "**{bold}** and *{em}*                            | {bold} and {em}",
            "Line one {x}\\nline two {y}                      | Line one {x} line two {y}",
            "- a plain bullet {#id}                           | a plain bullet {#id}",
            "> quoted {FirstName}                             | quoted {FirstName}",
    })
    void bracesInProseAreShownAsWritten(String markdown, String shown) {
        assertThat(text(markdown.replace("\\n", "\n"))).isEqualTo(shown);
    }

    @Test
    void anEmailTemplateWithMergeFieldsKeepsEveryField() {
        String template = """
                ## Follow-up e-mail {#follow-up}

                Subject: Next steps for {{company}}

                Hi {FirstName},

                Thanks for the call on {meeting_date}. As promised: {{proposal_link}}.

                Best, {SenderName}
                """;
        ParsedPlaybook playbook = parse(template);
        assertThat(Html.text(playbook.html())).contains("Next steps for {{company}}", "Hi {FirstName},",
                "on {meeting_date}.", "promised: {{proposal_link}}.", "Best, {SenderName}");
        assertThat(playbook.sections()).singleElement().satisfies(s -> {
            assertThat(s.anchor()).isEqualTo("follow-up");
            assertThat(s.text()).contains("{FirstName}").contains("{{proposal_link}}");
        });
    }

    @Test
    void aHeadingWithBracesThatAreNotMarksShowsThemAndKeepsItsAnchor() {
        ParsedPlaybook playbook = parse("## Step 3 {optional}\n\n## Step 4 {#four}\n\n## Ask for {budget} {#ask stage=discovery}\n");
        assertThat(playbook.sections()).extracting(Section::anchor, Section::title, Section::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("step-3", "Step 3 {optional}", null),
                org.assertj.core.groups.Tuple.tuple("four", "Step 4", null),
                org.assertj.core.groups.Tuple.tuple("ask", "Ask for {budget}", "discovery"));
        assertThat(playbook.html()).contains("<h2 id=\"step-3\">Step 3 {optional}</h2>").contains("<h2 id=\"four\">Step 4</h2>")
                .contains("<h2 id=\"ask\">Ask for {budget}</h2>");
    }

    @Test
    void itemMarksStayMarksAndOtherBracesInAnItemAreText() {
        ParsedPlaybook playbook = parse("""
                - [ ] Send {Company} the welcome pack {#welcome due=day2}
                - [ ] Email {FirstName} the recap {signoff}
                - [ ] Mention {discount} only if asked
                - [ ] Ends in braces {maybe}
                """);
        assertThat(playbook.items()).extracting(ChecklistItem::id, ChecklistItem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("welcome", "Send {Company} the welcome pack"),
                org.assertj.core.groups.Tuple.tuple("email-the-recap", "Email {FirstName} the recap"),
                org.assertj.core.groups.Tuple.tuple("mention-only-if-asked", "Mention {discount} only if asked"),
                org.assertj.core.groups.Tuple.tuple("ends-in-braces", "Ends in braces {maybe}"));
        assertThat(playbook.items().get(0).dueOffsetDays()).isEqualTo(1);
        assertThat(playbook.items().get(1).signOff()).isTrue();
        assertThat(playbook.html()).doesNotContain("{#welcome").doesNotContain("{signoff}").contains("{maybe}");
    }

    @Test
    void idsOfItemsAndHeadingsWithBracesAreTheOnesTheyHadWhenBracesWereDropped() {
        ParsedPlaybook playbook = parse("## Step 3 {optional}\n- [ ] Call {FirstName} back\n- [ ] Call back\n");
        assertThat(playbook.sections().get(0).anchor()).isEqualTo("step-3");
        assertThat(playbook.items()).extracting(ChecklistItem::id).containsExactly("step-3-call-back", "step-3-call-back-2");
    }

    @Test
    void aMarkBesideUnknownNamesStaysAMarkAndTheUnknownNamesAreWarnedOf() {
        ParseResult heading = result("## Pricing {#pricing .wide}\n");
        assertThat(heading.playbook().sections().get(0).anchor()).isEqualTo("pricing");
        assertThat(heading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("'.wide'");
        });
        ParseResult item = result("\n- [ ] Demo booked {due=day3 urgent}\n");
        assertThat(item.playbook().items().get(0).dueOffsetDays()).isEqualTo(2);
        assertThat(item.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(2));
    }

    @Test
    void bracesInCodeSpansAndBlocksAreUntouched() {
        String html = parse("Write `{FirstName}` or `{#id}`.\n\n```json\n{\"name\": \"{{first_name}}\"}\n```\n\n    {indented}\n").html();
        assertThat(html).contains("<code>{FirstName}</code>").contains("<code>{#id}</code>")
                .contains("{&#34;name&#34;: &#34;{<!-- -->{first_name}}&#34;}").contains("{indented}");
    }

    @Test
    void bracesInTablesAndLinksAreText() {
        String html = parse("| Field | Example |\n|---|---|\n| {FirstName} | Hi {FirstName} {#x} |\n\n"
                + "[Book {slot}](https://example.com/book) {after}\n").html();
        assertThat(html).contains("<td>{FirstName}</td>").contains("<td>Hi {FirstName} {#x}</td>");
        assertThat(Html.text(html)).contains("Book {slot} {after}");
        assertThat(html).contains("<a href=\"https://example.com/book\"");
    }
}
