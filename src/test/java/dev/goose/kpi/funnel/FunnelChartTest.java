package dev.goose.kpi.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.funnel.FunnelViews.FunnelReport;
import dev.goose.kpi.funnel.FunnelViews.StageRow;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The funnel as the tag funnelChart draws it, rendered by the application's own engine. */
@QuarkusTest
class FunnelChartTest {

    @Inject
    Engine engine;

    private static StageRow stage(String key, String name, int entered, int advanced, String display) {
        return new StageRow(key, name, entered, advanced, entered == 0 ? null : new BigDecimal(advanced).divide(new BigDecimal(entered),
                java.math.MathContext.DECIMAL64), display, null, null);
    }

    private static FunnelReport report(String biggestDrop, StageRow... stages) {
        return new FunnelReport("sales", "Sales", "Team North", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"),
                List.of(stages), biggestDrop);
    }

    private static final FunnelReport WORKED = report("demo",
            stage("lead", "Lead", 10, 8, "80%"), stage("demo", "Demo", 8, 2, "25%"), stage("won", "Won", 2, 0, ""));

    @Test
    void eachStageHasABarWithItsCountAndItsConversionToTheNextInWords() {
        String svg = svg(WORKED, "f");

        assertThat(svg).contains(">Lead</text>", ">10 entered</text>", ">80% to next</text>", ">8 entered</text>", ">2 entered</text>");
        assertThat(count(svg, "class=\"funnel-bar\"")).isEqualTo(3);
        assertThat(svg).doesNotContain("% to next</text><text", ">% to next");
    }

    @Test
    void theLastStageHasNoConversion() {
        String svg = svg(WORKED, "f");
        String won = svg.substring(svg.indexOf(">Won</text>"));

        assertThat(won).doesNotContain("to next");
    }

    @Test
    void theBiggestDropIsHatchedAndLabelledInWords() {
        String svg = svg(WORKED, "f");
        String demo = group(svg, "Demo");

        assertThat(demo).contains("funnel-drop", "fill=\"url(#f-hatch)\"", "25% to next, Biggest drop");
        assertThat(group(svg, "Lead")).doesNotContain("Biggest drop", "hatch");
        assertThat(svg).contains("<pattern id=\"f-hatch\"");
        assertThat(count(svg, "Biggest drop</text>")).isEqualTo(1);
    }

    @Test
    void barsAreAsLongAsTheirShareOfTheFullestStage() {
        String svg = svg(WORKED, "f");

        assertThat(barWidths(svg)).containsExactly(300, 240, 60);
    }

    @Test
    void screenReadersGetATitleAndADescriptionWithTheNumbers() {
        String svg = svg(WORKED, "f");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"f-title f-desc\"")
                .contains("<title id=\"f-title\">Funnel of Sales for Team North, deals created 2027-01-01 to 2027-03-31</title>")
                .contains("Lead: 10 entered, 8 went on (80%); Demo: 8 entered, 2 went on (25%); Won: 2 entered. Biggest drop: Demo.");
    }

    @Test
    void stageNamesAndIdsAreEscaped() {
        FunnelReport report = new FunnelReport("p", "<b>P</b>", "A & B", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31"),
                List.of(stage("x", "<script>alert('x')</script>", 1, 0, "0%"), stage("won", "Won \"big\"", 0, 0, "")), "x");
        String svg = svg(report, "a\"b");

        assertThat(svg).doesNotContain("<script>", "<b>", "a\"b")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Won &quot;big&quot;", "A &amp; B", "a&quot;b-hatch");
    }

    @Test
    void aFunnelWithoutDealsDrawsEmptyBarsAndMarksNoDrop() {
        String svg = svg(report(null, stage("lead", "Lead", 0, 0, "no deals"), stage("won", "Won", 0, 0, "")), "f");

        assertThat(svg).contains(">0 entered</text>", ">no deals to next</text>").doesNotContain("Biggest drop");
        assertThat(barWidths(svg)).containsExactly(0, 0);
    }

    /** The SVG the tag writes for the report, with ids prefixed by {@code id}. */
    private String svg(FunnelReport report, String id) {
        String html = engine.parse("{#funnelChart funnel=report chartId=id /}").data("report", report).data("id", id).render();
        return html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    }

    private static String group(String svg, String stageName) {
        int name = svg.indexOf(">" + stageName + "</text>");
        return svg.substring(svg.lastIndexOf("<g", name), svg.indexOf("</g>", name));
    }

    private static List<Integer> barWidths(String svg) {
        Matcher bars = Pattern.compile("class=\"funnel-bar\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"").matcher(svg);
        return bars.results().map(m -> Integer.valueOf(m.group(1))).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
