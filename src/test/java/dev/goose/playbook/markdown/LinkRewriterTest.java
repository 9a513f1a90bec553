package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class LinkRewriterTest {

    /** The folder as the sync sees it: these files are playbooks, with these slugs. */
    private static final Map<String, String> SYNCED = Map.of(
            "sales/pricing.md", "sales/pricing",
            "sales/Discovery Calls.md", "sales/discovery-calls",
            "onboarding/first-week.md", "welcome",
            "faq.md", "faq");

    private final PlaybookParser parser = new PlaybookParser(new ParseSettings(1024 * 1024, ParseSettings.DEFAULT_STAGES,
            path -> Optional.ofNullable(SYNCED.get(path))));

    private ParseResult parse(String markdown) {
        ParseResult result = parser.parse("sales/stages.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).as("errors").isEmpty();
        return result;
    }

    private String html(String markdown) {
        return parse(markdown).playbook().html();
    }

    @ParameterizedTest(name = "{0} leads to {1}")
    @CsvSource(delimiter = '|', value = {
        "pricing.md                      | /playbooks/sales/pricing",
        "./pricing.md                    | /playbooks/sales/pricing",
        "pricing.md#tiers                | /playbooks/sales/pricing#tiers",
        "pricing.md?id=tiers             | /playbooks/sales/pricing#tiers",
        "pricing.md?lang=en&id=tiers     | /playbooks/sales/pricing#tiers",
        "pricing.md?plain=1              | /playbooks/sales/pricing",
        "pricing.md?id=ignored#tiers     | /playbooks/sales/pricing#tiers",
        "PRICING.MD                      | PRICING.MD",
        "../sales/pricing.md             | /playbooks/sales/pricing",
        "../onboarding/first-week.md#day | /playbooks/welcome#day",
        "../faq.md                       | /playbooks/faq",
        "Discovery%20Calls.md            | /playbooks/sales/discovery-calls",
    })
    void inlineLinksToSyncedFilesLeadToTheirPlaybookAndSection(String url, String href) {
        assertThat(html("See [it](" + url + ").\n")).contains("href=\"" + href + "\"");
    }

    @ParameterizedTest(name = "{0} leads to {1}")
    @CsvSource(delimiter = '|', value = {
        "pricing.md                 | /playbooks/sales/pricing",
        "pricing.md#tiers           | /playbooks/sales/pricing#tiers",
        "pricing.md?id=tiers        | /playbooks/sales/pricing#tiers",
        "<../faq.md> \"The FAQ\"    | /playbooks/faq",
    })
    void referenceLinksResolveLikeInlineOnes(String definition, String href) {
        String html = html("Read [the prices][r], then [again][R] and [r].\n\n[r]: " + definition + "\n");
        String link = "<a href=\"" + java.util.regex.Pattern.quote(href) + "\"[^>]*>";
        assertThat(html).containsOnlyOnce("<p>").containsPattern(link + "the prices</a>")
                .containsPattern(link + "again</a>").containsPattern(link + "r</a>");
    }

    @Test
    void aCollapsedReferenceLinkResolvesToo() {
        assertThat(html("See [pricing][].\n\n[pricing]: pricing.md#tiers\n"))
                .containsPattern("<a href=\"/playbooks/sales/pricing#tiers\"[^>]*>pricing</a>");
    }

    @ParameterizedTest(name = "{0} stays as written")
    @CsvSource(delimiter = '|', value = {
        "https://example.com/pricing.md",
        "mailto:sales@example.com",
        "/playbooks/sales/pricing",
        "#tiers",
        "notes.txt",
        "image.png",
        "?id=tiers",
    })
    void linksThatAreNotToAMarkdownFileOfTheFolderStayAsTheyAre(String url) {
        PlaybookParser asksNobody = new PlaybookParser(new ParseSettings(1024 * 1024, ParseSettings.DEFAULT_STAGES, path -> {
            throw new AssertionError("asked for " + path);
        }));
        ParseResult result = asksNobody.parse("sales/stages.md",
                ("See [it](" + url + ") and [ref][x].\n\n[x]: " + url + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(result.warnings()).isEmpty();
        assertThat(result.playbook().html()).doesNotContain("href=\"/playbooks/sales/pricing#").contains("<a href=");
    }

    @Test
    void aLinkToAMarkdownFileThatIsNotSyncedIsAWarningAtItsLine() {
        ParseResult result = parse("# Stages\n\nIntro.\n\nSee [gone](missing.md#x).\n");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("'missing.md'").contains("sales/missing.md").contains("no playbook");
        });
        assertThat(result.playbook().html()).contains("href=\"missing.md#x\"");
    }

    @Test
    void aReferenceDefinitionToAFileThatIsNotSyncedIsAWarningAtTheDefinitionsLine() {
        ParseResult result = parse("Read [the prices][old].\n\n[old]: old-pricing.md\n");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("[old]").contains("'old-pricing.md'");
        });
    }

    @Test
    void linksToMarkdownFilesThatAreSkippedOrOutsideTheFolderAreWarningsEachAtItsLine() {
        ParseResult result = parse("- [a](../README.md)\n- [b](notes.markdown)\n- [c](../../outside.md)\n- [d](pricing.md)\n");
        assertThat(result.warnings()).extracting(ParseProblem::line).containsExactly(1, 2, 3);
        assertThat(result.warnings().get(1).message()).contains("only .md files are synced");
        assertThat(result.warnings().get(2).message()).contains("out of the playbook folder");
    }

    @Test
    void aLinkInsideAHeadingATableOrAQuoteIsRewrittenToo() {
        String html = html("## See [p](pricing.md)\n\n| a |\n|---|\n| [p](pricing.md#x) |\n\n> > [q](../faq.md)\n");
        assertThat(html).containsPattern("<a href=\"/playbooks/sales/pricing\"[^>]*>p</a></h2>")
                .containsPattern("<a href=\"/playbooks/sales/pricing#x\"[^>]*>p</a>")
                .containsPattern("<a href=\"/playbooks/faq\"[^>]*>q</a>");
    }

    @Test
    void deeplyNestedLinksAreWalkedWithoutRecursion() {
        String markdown = "> ".repeat(500) + "[deep](missing.md)\n";
        // Deeper than playbooks may nest (ParseBoundsTest), allowed here to show that links are walked without recursion.
        PlaybookParser deep = new PlaybookParser(new ParseSettings(1024 * 1024, ParseSettings.DEFAULT_STAGES,
                path -> Optional.ofNullable(SYNCED.get(path))),
                new ParseBudget(1_000, Outline.MAX_ITEMS, java.time.Duration.ofMinutes(1)));
        ParseResult result = deep.parse("sales/stages.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.warnings()).extracting(ParseProblem::line).contains(1);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "a%20b.md  | a b.md",
        "caf%C3%A9.md | café.md",
        "100%.md   | 100%.md",
        "a%zz.md   | a%zz.md",
        "a+b.md    | a+b.md",
    })
    void pathsArePercentDecodedAsInAUrl(String raw, String decoded) {
        assertThat(LinkRewriter.decode(raw)).isEqualTo(decoded);
    }

    @Test
    void aTargetKnowsItsFileAndSection() {
        assertThat(LinkRewriter.Target.of("a/b.md?id=x")).contains(new LinkRewriter.Target("a/b.md", "x"));
        assertThat(LinkRewriter.Target.of("a/b.md#y")).contains(new LinkRewriter.Target("a/b.md", "y"));
        assertThat(LinkRewriter.Target.of("b.markdown")).contains(new LinkRewriter.Target("b.markdown", ""));
        assertThat(LinkRewriter.Target.of("C:/b.md")).isEmpty();
        assertThat(LinkRewriter.resolve("a/b.md", "../../c.md")).isNull();
        assertThat(LinkRewriter.resolve("a/b.md", "./c/../d.md")).isEqualTo("a/d.md");
        assertThat(Set.of(LinkRewriter.resolve("x.md", "y.md"))).containsExactly("y.md");
    }
}
