package dev.goose.playbook.markdown;

import static dev.goose.testing.Html.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.goose.testing.SpecExamples.Example;
import dev.goose.testing.SpecExamples;

/**
 * Markdown as people write it, from the specs themselves: every CommonMark example renders, and
 * the GitHub extensions (tables, strikethrough, autolinks, task lists) give what GitHub gives, once
 * both sides have been through the sanitizer that every playbook goes through.
 */
@Tag("unit")
class MarkdownSpecTest {

    private static final Pattern PLAIN_PARAGRAPH = Pattern.compile("<p>([^<]*)</p>\n");

    /**
     * Where flexmark reads the spec otherwise, by spec and example number. None loses a whole
     * paragraph or crashes; each is a corner that playbooks rarely meet.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "commonmark 28", "a numeric reference of more than 7 digits becomes U+FFFD instead of staying text",
            "commonmark 495", "a link destination in <> may run over a line break",
            "gfm 502", "a link destination in <> may run over a line break",
            "gfm 202", "a line without a pipe right after a table ends the table instead of adding a row",
            "gfm 625", "an autolink loses unbalanced closing parentheses even inside it",
            "gfm 626", "an autolink ending in something like an entity (&hl;) keeps it but the ';'",
            "gfm 631", "an e-mail address ending in - or _ is still linked without that last character");

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    static Stream<Example> commonMark() {
        return SpecExamples.of("commonmark-spec.txt").stream();
    }

    static Stream<Example> gitHub() {
        return SpecExamples.of("gfm-spec.txt").stream();
    }

    static Stream<Example> gitHubExtensions() {
        return gitHub().filter(e -> List.of("Tables (extension)", "Strikethrough (extension)", "Autolinks (extension)")
                .contains(e.section()));
    }

    @Test
    void theSpecsHoldAllTheirExamples() {
        assertThat(commonMark()).hasSize(655);
        assertThat(gitHub()).hasSize(673);
        assertThat(gitHubExtensions()).hasSize(8 + 2 + 11);
    }

    @ParameterizedTest
    @MethodSource({ "commonMark", "gitHub" })
    void everySpecExampleRendersAndAPlainParagraphKeepsAllItsText(Example example) {
        ParseResult[] parsed = new ParseResult[1];
        assertThatCode(() -> parsed[0] = parser.parse("spec.md", bytes(example.markdown()))).as(example.toString())
                .doesNotThrowAnyException();
        ParseResult result = parsed[0];
        if (!result.ok()) {
            assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
            return;
        }
        Matcher plain = PLAIN_PARAGRAPH.matcher(example.html());
        if (plain.matches() && !KNOWN_DIFFERENCES.containsKey(example.spec() + " " + example.number())) {
            assertThat(text(result.playbook().html())).as(example.toString()).isEqualTo(text(example.html()));
        }
    }

    @ParameterizedTest
    @MethodSource("gitHubExtensions")
    void tablesStrikethroughAndAutolinksRenderAsOnGitHub(Example example) {
        String html = parser.parse("spec.md", bytes(example.markdown())).playbook().html();
        String expected = HtmlSanitizer.sanitize(example.html());
        if (KNOWN_DIFFERENCES.containsKey(example.spec() + " " + example.number())) {
            assertThat(text(html)).as(example.toString()).isEqualToIgnoringWhitespace(text(expected));
        } else {
            assertThat(tight(html)).as(example.toString()).isEqualTo(tight(expected));
        }
    }

    @Test
    void taskListExamplesShowTheirTickedBoxesTicked() {
        List<Example> tasks = gitHub().filter(e -> e.section().equals("Task list items (extension)")).toList();
        assertThat(tasks).hasSize(2);
        for (Example example : tasks) {
            String html = parser.parse("spec.md", bytes(example.markdown())).playbook().html();
            assertThat(count(html, "class=\"task-box ticked\"")).as(example.toString()).isEqualTo(count(example.html(), "checked=\"\""));
            assertThat(count(html, "class=\"task-box")).isEqualTo(count(example.html(), "type=\"checkbox\""));
            assertThat(text(html)).isEqualToIgnoringWhitespace(text(example.html()));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String tight(String html) {
        return html.replaceAll(">\\s+<", "><").replace("<tbody></tbody>", "").strip();
    }
}
