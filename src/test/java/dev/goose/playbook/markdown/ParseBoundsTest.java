package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Texts that would keep a server busy or overflow its stack are refused with their line, and fine ones still parse. */
@Tag("unit")
class ParseBoundsTest {

    /** Six ordinary lines, so that a refusal must name the line after them, not line 1. */
    private static final String PREFIX = "# Fine\n\nSome text.\n\n- [ ] One\n\n";
    private static final int FIRST_BAD_LINE = 7;

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private static byte[] bytes(String markdown) {
        return markdown.getBytes(StandardCharsets.UTF_8);
    }

    private ParseProblem refused(PlaybookParser by, String markdown) {
        ParseRefused refused = catchThrowableOfType(() -> by.parse("big.md", bytes(markdown)), ParseRefused.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    private ParseProblem refused(String markdown) {
        return refused(parser, markdown);
    }

    @Test
    void aListNestedTenThousandDeepOnOneLineIsRefusedAtItsLine() {
        ParseProblem problem = refused(PREFIX + "- ".repeat(10_000) + "deep\n");
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE);
        assertThat(problem.message()).contains("nested 10000 deep").contains("at most 32");
    }

    @Test
    void aListNestedByIndentationIsRefusedAtTheFirstLineTooDeep() {
        StringBuilder markdown = new StringBuilder(PREFIX);
        for (int level = 0; level < 700; level++) {
            markdown.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        ParseProblem problem = refused(markdown.toString());
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE + 32);
        assertThat(problem.message()).contains("nested 33 deep");
    }

    @Test
    void tenThousandQuoteLevelsAreRefusedAtTheirLine() {
        ParseProblem problem = refused(PREFIX + "> ".repeat(10_000) + "quoted\n");
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE);
        assertThat(problem.message()).contains("nested 10000 deep");
    }

    @Test
    void listsAndQuotesNestedToTheLimitStillParse() {
        ParseResult result = parser.parse("deep.md", bytes(PREFIX + "> ".repeat(16) + "- ".repeat(16) + "deepest\n"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.playbook().html()).contains("deepest");
    }

    @Test
    void aHeadingWithAnUnclosedAttributeOf300000WordsIsRefusedNotAStackOverflow() {
        ParseProblem problem = refused(PREFIX + "## H {#" + "a ".repeat(300_000) + "\n");
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE);
        assertThat(problem.message()).contains("too deeply");
    }

    @Test
    void aRuleOfTenThousandMarksIsRefusedNotAStackOverflow() {
        ParseProblem problem = refused(PREFIX + "_ ".repeat(10_000) + "x\n");
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE);
    }

    @Test
    void ordinaryRulesAndCodeFencesAreNotTakenForNesting() {
        String markdown = PREFIX + "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n```\n"
                + "- ".repeat(40) + "not a list\n" + "> ".repeat(40) + "not a quote\n```\n\nAfter.\n";
        ParseResult result = parser.parse("rules.md", bytes(markdown));
        assertThat(result.errors()).isEmpty();
        assertThat(result.playbook().html()).contains("<hr />").contains("After.");
    }

    @Test
    void aPlaybookOf150000TaskItemsIsRefusedAtTheItemOverTheLimit() {
        ParseProblem problem = refused(PREFIX + "- [ ]\n".repeat(150_000));
        assertThat(problem.line()).isEqualTo(FIRST_BAD_LINE + Outline.MAX_ITEMS - 1);
        assertThat(problem.message()).contains("at most " + Outline.MAX_ITEMS + " checklist items");
    }

    @Test
    void aParseThatOutlivesItsTimeLimitIsStoppedAndSaysWhere() {
        PlaybookParser hurried = new PlaybookParser(ParseSettings.defaults(),
                new ParseBudget(ParseBudget.MAX_NESTING, Outline.MAX_ITEMS, Duration.ZERO));
        ParseProblem problem = refused(hurried, PREFIX + "Plenty of text to read.\n\n".repeat(2_000));
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).contains("took longer than the limit");
    }

    @Test
    void aBigButOrdinaryPlaybookStillParsesWithinItsBudget() {
        StringBuilder markdown = new StringBuilder("# Handbook\n");
        for (int section = 0; section < 1_500; section++) {
            markdown.append("\n## Section ").append(section).append("\n\n").append("Reps open with the customer's words. ".repeat(12))
                    .append("\n\n> A quote with a list:\n> - one\n>   - two\n\n");
            for (int item = 0; item < 3; item++) {
                markdown.append("- [ ] Step ").append(item).append(" of ").append(section).append('\n')
                        .append("  - detail\n    - more detail\n");
            }
        }
        assertThat(markdown.length()).isGreaterThan(800_000);
        PlaybookParser patient = new PlaybookParser(new ParseSettings(1024 * 1024, Set.of(), path -> Optional.empty()),
                new ParseBudget(ParseBudget.MAX_NESTING, Outline.MAX_ITEMS, Duration.ofMinutes(10)));
        ParseResult result = patient.parse("handbook.md", bytes(markdown.toString()));
        assertThat(result.errors()).isEmpty();
        assertThat(result.playbook().items()).hasSize(4_500);
        assertThat(result.playbook().sections()).hasSize(1_501);
    }
}
