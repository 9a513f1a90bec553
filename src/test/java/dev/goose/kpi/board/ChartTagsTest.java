package dev.goose.kpi.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.goose.kpi.Unit;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The KPI charts as the tags trendChart and attainmentChart draw them, rendered by the application's own engine. */
@QuarkusTest
class ChartTagsTest {

    @Inject
    Engine engine;

    @Test
    void aTrendWritesEveryValueAndNamesTheTargetLineSoItReadsWithoutColour() {
        String svg = trend(Charts.trend("Calls <by month>", Unit.COUNT, List.of(
                new Charts.Point("Oct", Optional.of(new BigDecimal("80")), Optional.of(new BigDecimal("100"))),
                new Charts.Point("Nov", Optional.of(new BigDecimal("120")), Optional.of(new BigDecimal("100"))))));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<title>Calls &lt;by month&gt;</title>")
                .contains(">80</text>").contains(">120</text>").contains("class=\"target\"")
                .contains("dashed line: target").contains("Oct: 80 of 100.");
    }

    @Test
    void anAttainmentBarCarriesItsPercentAndStatusInWords() {
        String svg = attainment(Charts.attainment("Team", List.of(new Charts.Bar("Calls", Optional.of(45), "behind", "Behind"),
                new Charts.Bar("Demos & more", Optional.empty(), "no-target", "No target"))));
        assertThat(svg).contains("45% &#183; &#9660; Behind").contains("status-behind").contains("Demos &amp; more")
                .contains("no target &#183; &#8211; No target").contains("100% of target");
    }

    @Test
    void labelsTitlesAndStatusesFromDataAreEscaped() {
        String trend = trend(Charts.trend("<script>t</script> & \"q\"", Unit.COUNT,
                List.of(new Charts.Point("<script>p</script>'", Optional.of(BigDecimal.ONE), Optional.empty()))));
        assertThat(trend).doesNotContain("<script>").contains("<title>&lt;script&gt;t&lt;/script&gt; &amp; &quot;q&quot;</title>")
                .contains(">&lt;script&gt;p&lt;/script&gt;&#39;</text>").contains("<desc>&lt;script&gt;p&lt;/script&gt;&#39;: 1, no target.</desc>");

        String bars = attainment(Charts.attainment("Team <b>&</b>", List.of(
                new Charts.Bar("<script>alert('x')</script>", Optional.of(50), "x\"><script>", "\"Behind\" & <i>"))));
        assertThat(bars).doesNotContain("<script>", "<b>", "<i>").contains("<title>Team &lt;b&gt;&amp;&lt;/b&gt;</title>")
                .contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</text>")
                .contains("class=\"bar status-x&quot;&gt;&lt;script&gt;\"")
                .contains("50% &#183; &#8211; &quot;Behind&quot; &amp; &lt;i&gt;</text>");
    }

    private String trend(TrendChart chart) {
        return engine.parse("{#trendChart chart=chart /}").data("chart", chart).render();
    }

    private String attainment(AttainmentChart chart) {
        return engine.parse("{#attainmentChart chart=chart /}").data("chart", chart).render();
    }
}
