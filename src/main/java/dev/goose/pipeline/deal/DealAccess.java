package dev.goose.pipeline.deal;

import java.util.List;

import dev.goose.errors.NotFound;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whose deals someone may see and change: a rep their own, a manager those of the people they see
 * (their teams) and their own, an admin all. A deal out of sight is not found.
 */
@ApplicationScoped
public class DealAccess {

    @Inject
    PeopleAccess people;

    public boolean canSee(Member viewer, Deal deal) {
        return people.canSee(viewer.id(), viewer.role(), deal.ownerId);
    }

    public Deal visibleDeal(Member viewer, Long id) {
        Deal deal = Deal.<Deal>findByIdOptional(id).orElse(null);
        if (deal == null || !canSee(viewer, deal)) {
            throw new NotFound("The deal");
        }
        return deal;
    }

    public List<Deal> visibleDeals(Member viewer) {
        if (viewer.role() == Role.ADMIN) {
            return Deal.list("order by updatedAt desc");
        }
        return Deal.list("ownerId in ?1 order by updatedAt desc", people.visibleIds(viewer.id(), viewer.role()));
    }

    /** Who the viewer may make a deal's owner: themselves, or for managers and admins anyone they see. */
    public boolean canAssign(Member viewer, Member owner) {
        return owner.active() && (owner.id().equals(viewer.id())
                || viewer.role() != Role.REP && people.canSee(viewer.id(), viewer.role(), owner.id()));
    }
}
