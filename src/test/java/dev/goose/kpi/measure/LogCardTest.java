package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The "+1" card as the tag logActivity writes it, rendered by the application's own engine. */
@QuarkusTest
class LogCardTest {

    private static final List<LoggableKpi> KPIS = List.of(new LoggableKpi("calls", "Calls", "Call"));
    private static final String BUTTON = "<button type=\"submit\" name=\"kpi\" value=\"calls\" class=\"secondary small\" id=\"log-calls\">"
            + "+1 Call</button>";

    @Inject
    Engine engine;

    private String card(Object deal, String back, boolean reload, String csrf, LogConfirmation shown, String error,
            List<LoggableKpi> kpis) {
        Map<String, Object> data = new HashMap<>();
        data.put("deal", deal);
        data.put("back", back);
        data.put("reload", reload);
        data.put("csrf", csrf);
        data.put("shown", shown);
        data.put("error", error);
        data.put("kpis", kpis);
        return engine.parse("{#logActivity deal=deal back=back reload=reload csrf=csrf logConfirmation=shown logError=error kpis=kpis /}")
                .data(data).render();
    }

    @Test
    void onADealTheButtonsPostForTheDealAndSwapInPlace() {
        String html = card(42L, "/deals/42", false, "token", null, null, KPIS);
        assertThat(html).contains("action=\"/kpis/log\" hx-post=\"/kpis/log\"")
                .contains("<input type=\"hidden\" name=\"deal\" value=\"42\">")
                .contains("name=\"_csrf\" value=\"token\"").contains("name=\"back\" value=\"/deals/42\"")
                .contains(BUTTON).doesNotContain("log-confirmation");
    }

    @Test
    void aPageShowingTheNumbersReloadsAndOffersUndoOfWhatWasJustLogged() {
        String html = card(null, "/kpis?period=week&date=2026-11-23", true, "t",
                new LogConfirmation(7L, "Logged 1 call <today>", false), null, KPIS);
        assertThat(html).doesNotContain("hx-post").doesNotContain("name=\"deal\"")
                .contains("Logged 1 call &lt;today&gt;")
                .contains("action=\"/kpis/measurements/7/corrections\"").contains("id=\"undo-7\"")
                .contains("name=\"back\" value=\"/kpis?period=week&amp;date=2026-11-23\"");
    }

    @Test
    void anUndoneEntryOffersNoSecondUndoAndAnErrorIsShown() {
        String html = card(null, "/", false, "t", new LogConfirmation(7L, "Undone.", true), "Unknown KPI \"x\".", KPIS);
        assertThat(html).contains("Undone.").doesNotContain("undo-7").contains("Unknown KPI &quot;x&quot;.");
    }

    @Test
    void aBlankErrorShowsNoAlert() {
        assertThat(card(null, "/", false, "t", null, "  ", KPIS)).doesNotContain("log-error");
    }

    @Test
    void namesKeysTokensAndPathsFromDataAreEscapedEverywhereTheCardWritesThem() {
        List<LoggableKpi> hostile = List.of(new LoggableKpi("x\"><script>k</script>", "<script>alert('n')</script> & co",
                "<script>alert('n')</script> & co"));
        String html = card("1\"><script>d</script>", "/p?a=1&b=\"'<script>", false, "t\"><script>c</script>",
                new LogConfirmation(3L, "Logged <script>s</script> & \"more\"", false), "<script>e</script>", hostile);
        assertThat(html).doesNotContain("<script>")
                .contains("+1 &lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt; &amp; co</button>")
                .contains("value=\"x&quot;&gt;&lt;script&gt;k&lt;/script&gt;\"", "id=\"log-x&quot;&gt;&lt;script&gt;k&lt;/script&gt;\"")
                .contains("name=\"deal\" value=\"1&quot;&gt;&lt;script&gt;d&lt;/script&gt;\"")
                .contains("name=\"back\" value=\"/p?a=1&amp;b=&quot;&#39;&lt;script&gt;\"")
                .contains("name=\"_csrf\" value=\"t&quot;&gt;&lt;script&gt;c&lt;/script&gt;\"")
                .contains("<span>Logged &lt;script&gt;s&lt;/script&gt; &amp; &quot;more&quot;</span>")
                .contains("id=\"log-error\">&lt;script&gt;e&lt;/script&gt;</p>");
    }
}
