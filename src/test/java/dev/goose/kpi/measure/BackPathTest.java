package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BackPathTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertThat(BackPath.safe("/deals/4")).isEqualTo("/deals/4");
        assertThat(BackPath.safe("/kpis/activity?kpi=calls")).isEqualTo("/kpis/activity?kpi=calls");
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesHome() {
        assertThat(BackPath.safe(null)).isEqualTo("/");
        assertThat(BackPath.safe("")).isEqualTo("/");
        assertThat(BackPath.safe("https://evil.example/")).isEqualTo("/");
        assertThat(BackPath.safe("//evil.example/")).isEqualTo("/");
        assertThat(BackPath.safe("/\\evil.example/")).isEqualTo("/");
        assertThat(BackPath.safe("deals/4")).isEqualTo("/");
        assertThat(BackPath.safe("/deals/4\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(BackPath.safe("/deals/4 and more")).isEqualTo("/");
    }

    @Test
    void aConfirmationReplacesTheEarlierOnesAndKeepsTheRestOfTheQuery() {
        assertThat(BackPath.with("/deals/4", "logged", 12)).isEqualTo("/deals/4?logged=12");
        assertThat(BackPath.with("/deals/4?done=moved&logged=11#notes", "logged", 12, "undone"))
                .isEqualTo("/deals/4?done=moved&logged=12");
        assertThat(BackPath.with("/kpis/activity?kpi=calls&undone=3", "logged", 12, "undone"))
                .isEqualTo("/kpis/activity?kpi=calls&logged=12");
        assertThat(BackPath.with("//evil.example", "logged", 12)).isEqualTo("/?logged=12");
    }
}
