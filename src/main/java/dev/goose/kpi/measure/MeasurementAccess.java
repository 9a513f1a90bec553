package dev.goose.kpi.measure;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.errors.NotFound;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.Measurement;
import dev.goose.kpi.Origin;
import dev.goose.people.People.Member;
import dev.goose.people.PeopleAccess;
import dev.goose.people.Role;
import dev.goose.pipeline.Deals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Whose entries someone may see, correct and import, asked first by every use case here: a rep
 * their own (correcting only what they logged themselves), a manager those of the people they see,
 * an admin everyone's. An entry out of sight is not found.
 */
@ApplicationScoped
class MeasurementAccess {

    @Inject
    KpiAccess kpis;

    @Inject
    PeopleAccess people;

    /** The entry, locked for a change when asked, if the viewer may see its person's numbers. */
    public Measurement visible(Member viewer, Long id, boolean forChange) {
        Measurement found = id == null ? null : forChange
                ? Measurement.<Measurement>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null)
                : Measurement.<Measurement>findByIdOptional(id).orElse(null);
        if (found == null || !people.canSee(viewer.id(), viewer.role(), found.personId)) {
            throw new NotFound("The entry");
        }
        return found;
    }

    /** The person whose entries are asked for: the viewer when none is named. */
    public Member visiblePerson(Member viewer, Long personId) {
        return personId == null || personId.equals(viewer.id()) ? viewer : kpis.visiblePerson(viewer, personId);
    }

    /** A rep corrects the entries they logged themselves; a manager or admin any entry of someone they see. */
    public boolean mayCorrect(Member viewer, Measurement entry) {
        boolean own = entry.personId.equals(viewer.id());
        if (viewer.role() == Role.REP) {
            return own && entry.origin == Origin.LOGGED;
        }
        return people.canSee(viewer.id(), viewer.role(), entry.personId);
    }

    public void requireMayCorrect(Member viewer, Measurement entry) {
        if (!mayCorrect(viewer, entry)) {
            throw new NotAllowed("Imported numbers are corrected by your manager, or in the system they came from.");
        }
    }

    /** Whose numbers the viewer may import: a rep only their own; a manager or admin anyone they see. */
    public boolean mayRecordFor(Member viewer, Long personId) {
        return personId.equals(viewer.id()) || viewer.role() != Role.REP && people.canSee(viewer.id(), viewer.role(), personId);
    }

    /** The deal an entry is for, which the viewer must be able to see, as on the deal pages. */
    public Long deal(Member viewer, Long dealId) {
        Long owner = Deals.ownerOf(dealId).orElse(null);
        if (owner == null || !people.canSee(viewer.id(), viewer.role(), owner)) {
            throw InvalidInput.of("deal", "There is no deal " + dealId + " that you can see.");
        }
        return dealId;
    }
}
