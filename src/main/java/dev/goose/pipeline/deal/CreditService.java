package dev.goose.pipeline.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goose.cache.Region;
import dev.goose.cache.Writes;
import dev.goose.errors.NotAllowed;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Who is credited with a deal: its owner in full, or the split a manager of the owner or an admin
 * set. Anyone who sees the deal sees the split; pay credits each person their share of its value.
 */
@ApplicationScoped
public class CreditService {

    @Inject
    Writes writes;

    @Inject
    CurrentPerson current;

    @Inject
    DealAccess access;

    @Inject
    java.time.Clock clock;

    /** One person's share, with their name. */
    public record Credited(Long personId, String name, BigDecimal percent) {

        /** The percent as people write it: 60, 33.33. */
        public String percentShown() {
            return percent.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * @param split    false when the owner is credited in full because no split was set
     * @param editable whether the viewer may change the split
     */
    public record Credits(Long dealId, List<Credited> credits, boolean split, boolean editable) {
    }

    /** A share as asked for; either part may be missing, and is then named as such. */
    public record Share(Long personId, BigDecimal percent) {
    }

    /** A split as asked for: no shares credits the owner in full again. */
    public record Request(List<Share> credits) {
    }

    @Transactional
    public Credits of(Long dealId) {
        Member viewer = current.member();
        return credits(access.visibleDeal(viewer, dealId), viewer);
    }

    @Transactional
    public Credits set(Long dealId, Request request) {
        Member viewer = current.member();
        Deal deal = access.visibleDeal(viewer, dealId);
        if (!mayEdit(viewer)) {
            throw new NotAllowed("Only a manager of the deal's owner or an admin splits a deal's credit, since it moves pay.");
        }
        if (request == null || request.credits() == null) {
            throw dev.goose.errors.InvalidInput.of("credits", "Send the shares as 'credits', a list of personId and percent; an empty list"
                    + " credits the owner in full.");
        }
        List<Share> shares = request.credits();
        List<Long> ids = shares.stream().map(Share::personId).filter(java.util.Objects::nonNull).toList();
        Map<Long, Member> people = People.byIds(ids);
        CreditSplit.check(shares, id -> people.containsKey(id) && people.get(id).active());
        // Two managers saving at once: the second waits for the first, then replaces its split whole.
        Deal.<Deal>findById(deal.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        DealCredit.delete("dealId", deal.id);
        DealCredit.flush();
        // A bulk delete passes by the interceptor that marks what a transaction changes: going back to the
        // owner in full writes no entity, and the read caches of deals (pay's won deals) would keep the split.
        writes.changed(Region.DEALS);
        boolean ownerInFull = shares.size() == 1 && shares.get(0).personId().equals(deal.ownerId);
        for (Share share : ownerInFull ? List.<Share>of() : shares) {
            DealCredit credit = new DealCredit();
            credit.dealId = deal.id;
            credit.personId = share.personId();
            credit.percent = share.percent().setScale(2);
            credit.persist();
        }
        deal.updatedAt = clock.instant();
        return credits(deal, viewer);
    }

    private Credits credits(Deal deal, Member viewer) {
        List<DealCredit> rows = DealCredit.ofDeal(deal.id);
        List<Credited> credited = new ArrayList<>();
        if (rows.isEmpty()) {
            credited.add(new Credited(deal.ownerId, People.nameOf(deal.ownerId), BigDecimal.valueOf(100).setScale(2)));
        } else {
            Map<Long, String> names = People.namesOf(rows.stream().map(r -> r.personId).toList());
            rows.forEach(r -> credited.add(new Credited(r.personId, names.getOrDefault(r.personId, "Someone removed"), r.percent.setScale(2))));
        }
        return new Credits(deal.id, credited, !rows.isEmpty(), mayEdit(viewer));
    }

    /** A manager sees only the deals of the people they lead, and an admin all: either may split the ones they see. */
    private static boolean mayEdit(Member viewer) {
        return viewer.role() != Role.REP;
    }
}
