package dev.goose.pipeline.deal;

import java.util.List;

import dev.goose.errors.NotFound;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Person;
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

    public boolean canSee(Person viewer, Deal deal) {
        return viewer.role == Role.ADMIN || deal.owner.id.equals(viewer.id)
                || viewer.role == Role.MANAGER && people.canSee(viewer, deal.owner);
    }

    public Deal visibleDeal(Person viewer, Long id) {
        Deal deal = Deal.<Deal>findByIdOptional(id).orElse(null);
        if (deal == null || !canSee(viewer, deal)) {
            throw new NotFound("The deal");
        }
        return deal;
    }

    public List<Deal> visibleDeals(Person viewer) {
        if (viewer.role == Role.ADMIN) {
            return Deal.list("order by updatedAt desc");
        }
        if (viewer.role == Role.REP) {
            return Deal.list("owner = ?1 order by updatedAt desc", viewer);
        }
        List<Person> visible = people.visiblePeople(viewer);
        return Deal.list("owner in ?1 or owner = ?2 order by updatedAt desc", visible.isEmpty() ? List.of(viewer) : visible, viewer);
    }

    /** Who the viewer may make a deal's owner: themselves, or for managers and admins anyone they see. */
    public boolean canAssign(Person viewer, Person owner) {
        return owner.active && (owner.id.equals(viewer.id) || viewer.role != Role.REP && people.canSee(viewer, owner));
    }
}
