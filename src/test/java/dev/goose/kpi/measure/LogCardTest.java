package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LogCardTest {

    private static final String BUTTONS = "<button name=\"kpi\" value=\"calls\">+1 Call</button>";

    @Test
    void onADealTheButtonsPostForTheDealAndSwapInPlace() {
        String html = new LogCard("42", "/deals/42", false, "token", null, null, BUTTONS).html();
        assertThat(html).contains("action=\"/kpis/log\" hx-post=\"/kpis/log\"")
                .contains("<input type=\"hidden\" name=\"deal\" value=\"42\">")
                .contains("name=\"_csrf\" value=\"token\"").contains("name=\"back\" value=\"/deals/42\"")
                .contains(BUTTONS).doesNotContain("log-confirmation");
    }

    @Test
    void aPageShowingTheNumbersReloadsAndOffersUndoOfWhatWasJustLogged() {
        String html = new LogCard("", "/kpis?period=week&date=2026-11-23", true, "t",
                new LogConfirmation(7L, "Logged 1 call <today>", false), null, BUTTONS).html();
        assertThat(html).doesNotContain("hx-post").doesNotContain("name=\"deal\"")
                .contains("Logged 1 call &lt;today&gt;")
                .contains("action=\"/kpis/measurements/7/corrections\"").contains("id=\"undo-7\"")
                .contains("name=\"back\" value=\"/kpis?period=week&amp;date=2026-11-23\"");
    }

    @Test
    void anUndoneEntryOffersNoSecondUndoAndAnErrorIsShown() {
        String html = new LogCard("", "/", false, "t", new LogConfirmation(7L, "Undone.", true), "Unknown KPI \"x\".", BUTTONS).html();
        assertThat(html).contains("Undone.").doesNotContain("undo-7").contains("Unknown KPI &quot;x&quot;.");
    }
}
