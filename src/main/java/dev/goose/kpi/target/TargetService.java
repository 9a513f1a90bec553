package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.RampFrom;
import dev.goose.people.CurrentPerson;
import dev.goose.people.PeopleAccess;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Use cases about single targets. A rep's target is set by whoever {@link KpiAccess#setsTargetsFor}
 * them, a team's by its leader or an admin. Targets of one KPI, subject and kind never overlap: the
 * KPI row is locked while that is checked, so two saves at once cannot both pass.
 */
@ApplicationScoped
class TargetService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    KpiAccess access;

    @Inject
    PeopleAccess people;

    @Inject
    TargetReads reads;

    /** Sets a new target; every field in error is named, an overlap is a conflict, and nothing is saved then. */
    @Transactional
    public TargetView create(TargetRequest request) {
        Member viewer = current.member();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        KpiDefinition kpi = null;
        if (request.kpi() == null || request.kpi().isBlank()) {
            errors.add("kpi", "Choose a KPI.");
        } else {
            kpi = KpiDefinition.lockedByKey(request.kpi()).orElse(null);
            errors.require(kpi != null, "kpi", "No KPI has the key " + request.kpi().strip() + ".");
        }
        Member person = null;
        TeamInfo team = null;
        if ((request.person() == null) == (request.team() == null)) {
            errors.add("person", "Choose either a rep or a team.");
        } else if (request.person() != null) {
            person = People.byId(request.person()).filter(p -> people.canSee(viewer.id(), viewer.role(), p.id())).orElse(null);
            errors.require(person != null, "person", "No person you can see has this id.");
        } else {
            team = People.team(request.team()).filter(t -> people.canSee(viewer, t)).orElse(null);
            errors.require(team != null, "team", "No team you lead has this id.");
        }
        PeriodKind kind = TargetCheck.kind(errors, request.kind());
        BigDecimal value = TargetCheck.value(errors, "value", request.value(), kpi == null ? null : kpi.unit);
        LocalDate start = TargetCheck.start(errors, kind, request.firstPeriod());
        LocalDate end = TargetCheck.end(errors, kind, start, request.lastPeriod());
        String ramp = TargetCheck.ramp(errors, request.ramp(), request.team() != null);
        RampFrom rampFrom = TargetCheck.rampFrom(errors, request.rampFrom(), ramp);
        errors.throwIfAny();
        if (person != null) {
            access.requireSetsTargetsFor(viewer, person.id());
        }

        KpiTarget target = new KpiTarget();
        target.kpi = kpi;
        target.personId = person == null ? null : person.id();
        target.teamId = team == null ? null : team.id();
        target.subject = person != null ? KpiTarget.personSubject(person.id()) : KpiTarget.teamSubject(team.id());
        target.periodKind = kind;
        target.startsOn = start;
        target.endsOn = end;
        target.value = value;
        target.ramp = ramp;
        target.rampFrom = rampFrom;
        target.setById = viewer.id();
        target.setAt = clock.instant();
        TargetOverlap.refuse(target);
        target.persist();
        return TargetValues.view(target, clock.instant());
    }

    /** Changes a target's value, ramp or last period; it may not come to overlap another. */
    @Transactional
    public TargetView update(Long id, TargetChange change) {
        KpiTarget target = manageable(id);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        BigDecimal value = TargetCheck.value(errors, "value", change.value(), target.kpi.unit);
        LocalDate end = TargetCheck.end(errors, target.periodKind, target.startsOn, change.lastPeriod());
        String ramp = TargetCheck.ramp(errors, change.ramp(), target.teamId != null);
        RampFrom rampFrom = TargetCheck.rampFrom(errors, change.rampFrom(), ramp);
        errors.throwIfAny();
        KpiDefinition.lockedByKey(target.kpi.key);
        target.value = value;
        target.endsOn = end;
        target.ramp = ramp;
        target.rampFrom = rampFrom;
        TargetOverlap.refuse(target);
        touched(target);
        return TargetValues.view(target, clock.instant());
    }

    /**
     * Ends a target with the period holding today in the subject's zone, so that it no longer applies
     * from the next one; a target that has not begun yet is removed. Null when it was removed.
     */
    @Transactional
    public TargetView end(Long id) {
        KpiTarget target = manageable(id);
        LocalDate end = Period.containing(target.periodKind, TargetValues.todayFor(target, clock.instant())).end();
        if (target.startsOn.isAfter(end)) {
            target.delete();
            return null;
        }
        if (target.endsOn == null || target.endsOn.isAfter(end)) {
            target.endsOn = end;
            touched(target);
        }
        return TargetValues.view(target, clock.instant());
    }

    @Transactional
    public void delete(Long id) {
        manageable(id).delete();
    }

    /** One target the viewer may see; otherwise not found. */
    @Transactional
    public TargetView get(Long id) {
        return TargetValues.view(reads.visible(current.member(), id), clock.instant());
    }

    /** Whether the viewer may change the target, for pages that offer the change. */
    @Transactional
    public boolean canManage(Long id) {
        Member viewer = current.member();
        return reads.manages(viewer, reads.visible(viewer, id));
    }

    private KpiTarget manageable(Long id) {
        Member viewer = current.member();
        KpiTarget target = reads.visible(viewer, id);
        if (target.personId != null) {
            access.requireSetsTargetsFor(viewer, target.personId);
        }
        return target;
    }

    private void touched(KpiTarget target) {
        target.setById = current.id();
        target.setAt = clock.instant();
    }

    /** The targets the viewer may see, narrowed by the filters given; see {@link TargetReads#list}. */
    @Transactional
    public List<TargetView> list(Long person, Long team, String kpi, String kind) {
        Instant now = clock.instant();
        return reads.list(current.member(), person, team, kpi, kind).stream().map(t -> TargetValues.view(t, now)).toList();

    }

    /** A choice in a form: the value sent and the words shown. */
    public record Option(String value, String label) {
    }

    /** What the target form offers: the active KPIs, and the reps and teams whose targets the viewer sets. */
    public record Choices(List<Option> kpis, List<Option> subjects) {
    }

    @Transactional
    public Choices choices() {
        Member viewer = current.member();
        List<Option> kpis = KpiDefinition.activeInOrder().stream().map(k -> new Option(k.key, k.name)).toList();
        List<Option> subjects = new java.util.ArrayList<>();
        people.visibleTeamInfos(viewer).stream().filter(TeamInfo::active)
                .forEach(t -> subjects.add(new Option("team:" + t.id(), t.name() + " (team)")));
        people.visibleMembers(viewer).stream().filter(p -> p.active() && access.setsTargetsFor(viewer, p.id()))
                .forEach(p -> subjects.add(new Option("person:" + p.id(), p.name())));
        return new Choices(kpis, subjects);
    }
}
