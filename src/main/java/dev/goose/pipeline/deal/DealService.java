package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.goose.errors.Conflict;
import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotFound;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.deal.DealViews.ChangeView;
import dev.goose.pipeline.deal.DealViews.DealGuides;
import dev.goose.pipeline.deal.DealViews.DealPage;
import dev.goose.pipeline.deal.DealViews.DealRequest;
import dev.goose.pipeline.deal.DealViews.DealView;
import dev.goose.pipeline.deal.DealViews.GuideItem;
import dev.goose.pipeline.deal.DealViews.GuideView;
import dev.goose.pipeline.deal.DealViews.MoveResult;
import dev.goose.pipeline.stage.Pipeline;
import dev.goose.pipeline.stage.Stage;
import dev.goose.playbook.Playbooks;
import dev.goose.playbook.StageGuides;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Deals: creating and changing them, moving them through stages, and their stage guides and ticks. */
@ApplicationScoped
public class DealService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    DealAccess access;

    @Inject
    StageGuides guides;

    @Inject
    DealReads reads;

    @Transactional
    public List<DealView> list(String stage, boolean includeClosed) {
        return list(null, stage, includeClosed);
    }

    /** The deals the caller may see, of one pipeline (by id or key) when named. */
    @Transactional
    public List<DealView> list(String pipeline, String stage, boolean includeClosed) {
        Instant now = clock.instant();
        List<Deal> visible = access.visibleDeals(current.member());
        Map<Long, String> owners = People.namesOf(visible.stream().map(deal -> deal.ownerId).distinct().toList());
        return visible.stream()
                .filter(deal -> pipeline == null || pipeline.isBlank() || deal.pipeline.key.equals(pipeline)
                        || deal.pipeline.id.toString().equals(pipeline))
                .filter(deal -> stage == null || stage.isBlank() || deal.stage.key.equals(stage))
                .filter(deal -> includeClosed || deal.closedAt == null)
                .map(deal -> view(deal, owners.get(deal.ownerId), now)).toList();
    }

    @Transactional
    public DealView get(Long id) {
        return view(access.visibleDeal(current.member(), id), clock.instant());
    }

    /** Adds a deal in the pipeline asked for, else the default one; nothing is stored unless every field is valid. */
    @Transactional
    public DealView create(DealRequest request) {
        Member me = current.member();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Pipeline pipeline = request.pipeline() == null || request.pipeline().isBlank()
                ? Pipeline.byDefault().orElseThrow(() -> new NotFound("A default pipeline"))
                : Pipeline.byIdOrKey(request.pipeline()).orElse(null);
        errors.require(pipeline != null, "pipeline", "There is no pipeline '" + request.pipeline() + "'.");
        Stage stage = pipeline == null ? null : request.stage() == null || request.stage().isBlank()
                ? Stage.of(pipeline).get(0) : stageOf(pipeline, request.stage(), errors);
        Deal deal = new Deal();
        deal.pipeline = pipeline;
        apply(deal, request, me, errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        deal.createdAt = now;
        deal.enter(stage, now, null);
        deal.persist();
        record(deal, null, stage, me, now);
        return view(deal, now);
    }

    @Transactional
    public DealView update(Long id, DealRequest request) {
        Member me = current.member();
        Deal deal = access.visibleDeal(me, id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(request.pipeline() == null || request.pipeline().isBlank() || request.pipeline().equals(deal.pipeline.key)
                || request.pipeline().equals(deal.pipeline.id.toString()), "pipeline",
                "A deal stays in its pipeline, " + deal.pipeline.name + ".");
        apply(deal, request, me, errors);
        errors.throwIfAny();
        deal.updatedAt = clock.instant();
        return view(deal, deal.updatedAt);
    }

    /**
     * Moves a deal to another stage. Exit items still open in the stage it leaves are returned as a
     * warning, or refuse the move when the pipeline requires them done.
     */
    @Transactional
    public MoveResult move(Long id, String stageKey, String reason) {
        Member me = current.member();
        Deal deal = access.visibleDeal(me, id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Stage next = stageOf(deal.pipeline, stageKey, errors);
        errors.throwIfAny();
        if (next.id.equals(deal.stage.id)) {
            return new MoveResult(view(deal, clock.instant()), List.of());
        }
        List<StageGuides.Guide> leaving = guides.forStage(deal.stage.key);
        List<String> open = openItems(leaving, ticks(deal));
        boolean forward = next.position > deal.stage.position;
        if (forward && !open.isEmpty() && deal.pipeline.refusesOpenExitItems()) {
            throw new Conflict("The exit checklist of " + deal.stage.name + " still has open items: " + String.join("; ", open) + ".");
        }
        Instant now = clock.instant();
        Stage from = deal.stage;
        deal.enter(next, now, reason);
        StageChange.record(deal, from, next, me.id(), now, leaving, guides.forStage(next.key));
        return new MoveResult(view(deal, now), forward ? open : List.of());
    }

    /** Closes a deal as won or lost, with the reason. */
    @Transactional
    public MoveResult close(Long id, boolean won, String reason) {
        Deal deal = access.visibleDeal(current.member(), id);
        Stage closing = Stage.outcome(deal.pipeline, won ? "won" : "lost")
                .orElseThrow(() -> new NotFound("A closing stage in this pipeline"));
        return move(id, closing.key, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** The deal with its current stage's guides and which of their exit items are ticked. */
    public DealGuides guides(Long id) {
        return guides(reads.visible(id), false);
    }

    /** What the deal page shows: the guides as the viewer now sees them, the pipeline's stages and the history. */
    public DealPage page(Long id) {
        DealReads.Snapshot deal = reads.visible(id);
        return new DealPage(guides(deal, true), deal.stages(), deal.history());
    }

    /** Call mode: the guides as the viewer now sees them. */
    public DealGuides call(Long id) {
        return guides(reads.visible(id), true);
    }

    /**
     * The guides of the deal's stage with their ticks; when {@code seeing}, the viewer is now seeing
     * them, and a script that changed since they last saw it says from which version.
     */
    private DealGuides guides(DealReads.Snapshot deal, boolean seeing) {
        List<StageGuides.Guide> found = guides.forStage(deal.view().stage());
        List<GuideView> views = found.stream().map(g -> new GuideView(g.slug(), g.playbookTitle(), g.version(), g.anchor(),
                g.title(), g.html(), g.items().stream().map(i -> new GuideItem(i.id(), i.text(),
                        deal.ticks().contains(g.playbookId() + "/" + i.id()))).toList(),
                seeing ? reads.changedSinceSeen(g) : null)).toList();
        return new DealGuides(deal.viewAt(clock.instant()), views, openItems(found, deal.ticks()));
    }

    /** Ticks or unticks an exit item of the deal's current stage guides. */
    @Transactional
    public DealGuides tick(Long id, String playbookSlug, String itemKey, boolean done) {
        Member me = current.member();
        Deal deal = access.visibleDeal(me, id);
        Long playbookId = Playbooks.idOf(playbookSlug == null ? "" : playbookSlug)
                .orElseThrow(() -> InvalidInput.of("playbook", "There is no playbook '" + playbookSlug + "'."));
        boolean inGuides = guides.forStage(deal.stage.key).stream().anyMatch(g -> g.playbookId().equals(playbookId)
                && g.items().stream().anyMatch(i -> i.id().equals(itemKey)));
        if (!inGuides) {
            throw InvalidInput.of("item", "'" + itemKey + "' is not an exit item of this deal's stage.");
        }
        // One deal's ticks one at a time: a double click, or two tabs, tick once and neither fails.
        Deal.getEntityManager().lock(deal, LockModeType.PESSIMISTIC_WRITE);
        DealTick existing = DealTick.findById(new DealTick.Key(deal.id, playbookId, itemKey));
        if (done && existing == null) {
            DealTick tick = new DealTick();
            tick.dealId = deal.id;
            tick.playbookId = playbookId;
            tick.itemKey = itemKey;
            tick.tickedById = me.id();
            tick.tickedAt = clock.instant();
            tick.persist();
        } else if (!done && existing != null) {
            existing.delete();
        }
        return guides(id);
    }

    /** The email of a deal's owner, for exports. */
    @Transactional
    public String ownerEmail(Long ownerId) {
        return People.byId(ownerId).map(Member::email).orElse("");
    }

    public List<ChangeView> history(Long id) {
        return reads.visible(id).history();
    }

    private void apply(Deal deal, DealRequest request, Member me, InvalidInput.Collector errors) {
        // The shape of each field (required, lengths, the amount's digits) is the request's constraints,
        // checked before this by the API and the deal form; these are the rules that need the database.
        String currency = request.currency() == null ? "EUR" : request.currency().trim().toUpperCase(Locale.ROOT);
        errors.require(currency.matches("[A-Z]{3}"), "currency", "Use a three-letter currency code such as EUR or USD.");
        // Without an owner, a new deal is the caller's and a changed one keeps its owner.
        Long ownerId = request.ownerId() != null ? request.ownerId() : deal.ownerId != null ? deal.ownerId : me.id();
        Member owner = ownerId.equals(me.id()) ? me : People.byId(ownerId).orElse(null);
        boolean unchanged = ownerId.equals(deal.ownerId);
        errors.require(owner != null && (unchanged || access.canAssign(me, owner)), "ownerId",
                "Choose an active person you may assign deals to.");
        if (request.externalId() != null && Deal.count("source = ?1 and externalId = ?2 and (?3 is null or id <> ?3)",
                request.source(), request.externalId(), deal.id) > 0) {
            errors.add("externalId", "Another deal from this source has this external id.");
        }
        errors.require(request.margin() == null || request.amount() == null || request.margin().compareTo(request.amount()) <= 0, "margin",
                "The gross margin cannot be more than the amount.");
        if (errors.has("currency") || errors.has("ownerId") || errors.has("externalId") || errors.has("margin")) {
            return;
        }
        deal.name = trim(request.name());
        deal.account = trim(request.account());
        deal.amount = request.amount().setScale(2);
        deal.margin = request.margin() == null ? null : request.margin().setScale(2);
        deal.currency = currency;
        deal.ownerId = ownerId;
        deal.expectedClose = request.expectedClose();
        deal.nextStep = trim(request.nextStep());
        deal.externalId = trim(request.externalId());
        deal.source = trim(request.source());
    }

    private static Stage stageOf(Pipeline pipeline, String key, InvalidInput.Collector errors) {
        Stage stage = key == null ? null : Stage.byKey(pipeline, key.trim()).orElse(null);
        if (stage == null) {
            errors.add("stage", "There is no stage '" + key + "'. Stages: "
                    + Stage.of(pipeline).stream().map(s -> s.key).collect(Collectors.joining(", ")) + ".");
        }
        return stage;
    }

    public static Set<String> ticks(Deal deal) {
        Set<String> ticked = new HashSet<>();
        DealTick.of(deal.id).forEach(t -> ticked.add(t.playbookId + "/" + t.itemKey));
        return ticked;
    }

    private static List<String> openItems(List<StageGuides.Guide> found, Set<String> ticked) {
        List<String> open = new ArrayList<>();
        for (StageGuides.Guide guide : found) {
            guide.items().stream().filter(i -> !ticked.contains(guide.playbookId() + "/" + i.id())).forEach(i -> open.add(i.text()));
        }
        return open;
    }

    private void record(Deal deal, Stage from, Stage to, Member by, Instant at) {
        List<StageGuides.Guide> entered = guides.forStage(to.key);
        StageChange.record(deal, from, to, by.id(), at, entered, entered);
    }

    static DealView view(Deal deal, Instant now) {
        return view(deal, People.nameOf(deal.ownerId), now);
    }

    private static DealView view(Deal deal, String ownerName, Instant now) {
        return new DealView(deal.id, deal.name, deal.account, deal.amount, deal.margin, deal.currency, deal.ownerId, ownerName,
                deal.pipeline.key, deal.stage.key, deal.stage.name, deal.expectedClose, deal.nextStep, deal.externalId, deal.source,
                deal.closeReason, deal.closedAt, deal.stageEnteredAt, deal.isStalledAt(now));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
