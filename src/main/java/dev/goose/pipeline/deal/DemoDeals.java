package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.people.DemoTeam;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import dev.goose.playbook.StageGuides;
import dev.goose.time.Clocks;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * In dev mode, the demo reps start with a few deals across the default pipeline, so that a first
 * `quarkus:dev` has a board, stage scripts and call mode to try. It runs after the playbook sync,
 * so the stage changes record the guides of their stage.
 */
@ApplicationScoped
class DemoDeals {

    private static final Logger LOG = Logger.getLogger(DemoDeals.class);

    private record Demo(String name, String account, String amount, String owner, String stage, int daysInStage) {
    }

    private static final Demo[] DEALS = {
        new Demo("Pilot for the sales floor", "Northwind Traders", "18000.00", "rick@goose.local", "discovery", 3),
        new Demo("Renewal with upsell", "Contoso", "42500.00", "rick@goose.local", "demo", 12),
        new Demo("First order", "Fabrikam", "7900.00", "rita@goose.local", "prospecting", 1),
        new Demo("Regional rollout", "Tailspin Toys", "125000.00", "rita@goose.local", "proposal", 30),
    };

    @Inject
    Clock clock;

    @Inject
    StageGuides guides;

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (!DemoTeam.shown()) {
            return;
        }
        AppLock.acquire(AppLock.FIRST_START);
        if (Deal.count() > 0 || People.byEmail(DemoTeam.MANAGER).isEmpty()) {
            return;
        }
        Pipeline pipeline = Pipeline.byDefault().orElse(null);
        if (pipeline == null) {
            return;
        }
        Instant now = clock.instant();
        for (Demo demo : DEALS) {
            Member owner = People.byEmail(demo.owner()).orElse(null);
            Stage stage = Stage.byKey(pipeline, demo.stage()).orElse(null);
            if (owner == null || stage == null) {
                continue;
            }
            Deal deal = new Deal();
            deal.pipeline = pipeline;
            deal.name = demo.name();
            deal.account = demo.account();
            deal.amount = new BigDecimal(demo.amount());
            deal.currency = "EUR";
            deal.ownerId = owner.id();
            deal.expectedClose = Clocks.serverToday(clock).plusDays(45);

            Instant entered = now.minus(Duration.ofDays(demo.daysInStage()));
            deal.enter(stage, entered, null);
            deal.createdAt = entered;
            deal.persist();
            StageChange.record(deal, null, stage, owner.id(), entered, guides.forStage(stage.key), guides.forStage(stage.key));
        }
        LOG.info("Demo: deals seeded");
    }
}
