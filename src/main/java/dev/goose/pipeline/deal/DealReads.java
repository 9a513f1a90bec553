package dev.goose.pipeline.deal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;
import dev.goose.cache.FromMemory;
import dev.goose.cache.ReadCache;
import dev.goose.cache.Region;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.PeopleAccess;
import dev.goose.pipeline.deal.DealViews.ChangeView;
import dev.goose.pipeline.deal.DealViews.DealView;
import dev.goose.pipeline.deal.DealViews.StageView;
import dev.goose.pipeline.stage.PipelineService;
import dev.goose.playbook.StageGuides;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a deal's page, call mode and guide API read, kept in memory until the deal (or its owner,
 * pipeline or stages) changes: opening a script in a call must not wait for the database.
 */
@ApplicationScoped
class DealReads {

    /** One deal as read: its view, what decides whether it is stalled, its ticks, history and stages. */
    public record Snapshot(DealView view, boolean closes, Integer stallDays, Set<String> ticks, List<ChangeView> history,
            List<StageView> stages) {

        /** The deal as of now: only whether it is stalled moves with the clock. */
        public DealView viewAt(Instant now) {
            return view.withStalled(Deal.stalled(closes, stallDays, view.stageEnteredAt(), now));
        }
    }

    private record Seen(Long personId, Long playbookId, String anchor) {
    }

    @Inject
    Clock clock;

    @Inject
    Caches caches;

    @Inject
    CurrentPerson current;

    @Inject
    PeopleAccess people;

    private ReadCache<Long, Snapshot> deals;
    private Cache<Seen, Integer> seen;

    @PostConstruct
    void init() {
        deals = caches.of("deals", 20_000, Region.DEALS, Region.PEOPLE);
        seen = caches.kept("guide-versions-seen", 100_000);
    }

    /** The deal if the current person may see it; otherwise, as for a deal that does not exist, not found. */
    public Snapshot visible(Long id) {
        Snapshot deal = deals.get(id, () -> QuarkusTransaction.joiningExisting().call(() -> load(id)));
        if (deal == null || !people.canSee(current.id(), current.role(), deal.view().ownerId())) {
            throw new NotFound("The deal");
        }
        return deal;
    }

    /**
     * Records that the current person now sees a guide at its version and returns the older version
     * they saw before, if the script changed since. Versions seen only grow, so a remembered version
     * at least as new as the guide's needs no database at all.
     */
    public Integer changedSinceSeen(StageGuides.Guide guide) {
        Seen key = new Seen(current.id(), guide.playbookId(), guide.anchor());
        Integer known = seen.getIfPresent(key);
        if (known != null && known >= guide.version()) {
            return null;
        }
        FromMemory.leavingMemory();
        Integer before = QuarkusTransaction.joiningExisting()
                .call(() -> GuideSeen.seeNow(key.personId(), key.playbookId(), key.anchor(), guide.version(), clock.instant()));
        seen.asMap().merge(key, guide.version(), Math::max);
        return before;
    }

    private Snapshot load(Long id) {
        Deal deal = Deal.findById(id);
        if (deal == null) {
            return null;
        }
        List<StageChange> changes = StageChange.of(deal);
        Map<Long, String> movers = People.namesOf(changes.stream().map(c -> c.changedById).filter(Objects::nonNull).distinct().toList());
        List<ChangeView> history = changes.stream().map(c -> new ChangeView(c.from == null ? null : c.from.name,
                c.to.name, c.changedById == null ? null : movers.get(c.changedById), c.changedAt, c.guideVersions)).toList();
        List<StageView> stages = PipelineService.view(deal.pipeline).stages();
        return new Snapshot(DealService.view(deal, clock.instant())
, deal.stage.closes(), deal.stage.stallDays, Set.copyOf(DealService.ticks(deal)),
                history, stages);
    }
}
