package dev.goose.pipeline.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.pipeline.stage.Stage;

@Tag("unit")
class DealRulesTest {

    private static Stage stage(String outcome, Integer stallDays) {
        Stage stage = new Stage();
        stage.outcome = outcome;
        stage.stallDays = stallDays;
        return stage;
    }

    @Test
    void enteringAClosingStageClosesTheDealAndLeavingItReopensIt() {
        Deal deal = new Deal();
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        deal.enter(stage("lost", null), now, "No budget");
        assertThat(deal.closedAt).isEqualTo(now);
        assertThat(deal.closeReason).isEqualTo("No budget");
        deal.enter(stage(null, 14), now.plusSeconds(60), "ignored");
        assertThat(deal.closedAt).isNull();
        assertThat(deal.closeReason).isNull();
    }

    @Test
    void aDealStallsOnlyInAnOpenStageWithALimitOnceTheLimitHasPassed() {
        Deal deal = new Deal();
        Instant entered = Instant.parse("2026-11-01T10:00:00Z");
        deal.enter(stage(null, 14), entered, null);
        assertThat(deal.isStalledAt(entered.plus(Duration.ofDays(13)))).isFalse();
        assertThat(deal.isStalledAt(entered.plus(Duration.ofDays(14)))).isTrue();
        deal.enter(stage(null, null), entered, null);
        assertThat(deal.isStalledAt(entered.plus(Duration.ofDays(400)))).isFalse();
        deal.enter(stage("won", 1), entered, null);
        assertThat(deal.isStalledAt(entered.plus(Duration.ofDays(400)))).isFalse();
    }
}
