package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.markdown.ParseProblem;
import dev.goose.playbook.markdown.ParseResult;
import dev.goose.playbook.markdown.ParseSettings;
import dev.goose.playbook.markdown.PlaybookParser;

/** A plan block in a playbook: shown as tables and its payout curve, or the playbook refused at the block's line. */
@Tag("unit")
class PlanBlockTest {

    private final PlaybookParser parser = new PlaybookParser(new ParseSettings(1024 * 1024, ParseSettings.DEFAULT_STAGES,
            path -> Optional.of(path), Map.of(PlanBlock.INFO, new PlanBlock())));

    @Test
    void thePlanIsShownAsTablesWithItsPayoutCurveInsteadOfCode() {
        ParseResult result = parse("# Pay\n\nOur plan:\n\n```plan\n" + PlanParserTest.STANDARD + "```\n\nAsk your manager.\n");
        assertThat(result.errors()).isEmpty();
        String html = result.playbook().html();
        assertThat(html).doesNotContain("<code").doesNotContain("quota: 480000")
                .contains("<strong>Standard plan</strong>: paid each month in USD, from 2027-01-01.")
                .contains("<td>Commission</td>")
                .contains("<td>0–50%</td>").contains("<td>above 125% (accelerator)</td>")
                .contains("<td>On-target earnings</td><td>$116,000.00 a year: base 62%, variable 38%</td>")
                .contains("<td align=\"right\">100%</td><td align=\"right\">$36,000.00</td>")
                .contains("<td align=\"right\">150%</td><td align=\"right\">$78,000.00</td>")
                .contains("<td>50% of $1,000.00 from 80% of target; 100% of $1,000.00 from 100% of target</td>")
                .contains("<p>Ask your manager.</p>");
    }

    @Test
    void aNewHiresDrawIsShownWithHowItIsRecovered() {
        String html = parse("```plan\n" + PlanParserTest.STANDARD + "draw: {amount: 2000, periods: 3}\n```\n").playbook().html();
        assertThat(html).contains("<td>Draw</td><td>Variable pay advanced up to $2,000.00 a month for the first 3 months from onboarding "
                + "start, recovered from what is earned above it");
    }

    @Test
    void aPlansNamesAreTextNotMarkup() {
        String yaml = PlanParserTest.STANDARD.replace("name: Standard plan", "name: \"[Click](https://evil.example) <b>now</b> | x\"");
        String html = parse("```plan\n" + yaml + "```\n").playbook().html();
        assertThat(html).doesNotContain("<a ").doesNotContain("<b>")
                .contains("<strong>[Click](https://evil.example) &lt;b&gt;now&lt;/b&gt; | x</strong>");
    }

    @Test
    void aWrongBlockRefusesThePlaybookAtItsLineInTheFile() {
        ParseResult result = parse("# Pay\n\n```plan\n" + PlanParserTest.STANDARD.replace("rate: 10}", "rate: -10}") + "```\n");
        assertThat(result.playbook()).isNull();
        assertThat(result.errors()).extracting(ParseProblem::toString)
                .containsExactly("line 15: A tier's rate cannot be negative (it is -10).");
    }

    @Test
    void theHandbookShipsItsStandardPlanAsABlockThatIsComputed() throws java.io.IOException {
        byte[] handbook = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("playbooks/kpi-and-incentives.md"));
        ParseResult result = parser.parse("kpi-and-incentives.md", handbook);
        assertThat(result.errors()).isEmpty();
        // The handbook's commission at 100% of the $480,000 quota, and at 150%.
        assertThat(result.playbook().html()).contains("<td align=\"right\">100%</td><td align=\"right\">$36,000.00</td>")
                .contains("<td align=\"right\">150%</td><td align=\"right\">$78,000.00</td>");
    }

    @Test
    void aSecondPlanInOnePlaybookIsRefusedAtItsFence() {
        String block = "```plan\n" + PlanParserTest.STANDARD + "```\n";
        ParseResult result = parse("# Pay\n\n" + block + "\n" + block);
        assertThat(result.playbook()).isNull();
        int second = 3 + PlanParserTest.STANDARD.split("\n", -1).length + 2;
        assertThat(result.errors()).extracting(ParseProblem::toString).containsExactly("line " + second
                + ": A playbook holds one plan block; the first is on line 3. Put this one in a playbook of its own.");
    }

    @Test
    void otherCodeBlocksStayCode() {
        String html = parse("```yaml\nquota: 1\n```\n").playbook().html();
        assertThat(html).contains("<code").contains("quota: 1");
    }

    private ParseResult parse(String markdown) {
        return parser.parse("pay.md", markdown.getBytes(StandardCharsets.UTF_8));
    }
}
