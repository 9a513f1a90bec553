package dev.goose.kpi.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.goose.errors.InvalidInput;
import dev.goose.kpi.KpiAccess;
import dev.goose.kpi.KpiChoices;
import dev.goose.kpi.KpiDefinition;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Period;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.target.GridViews.CellChange;
import dev.goose.kpi.target.GridViews.Grid;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import dev.goose.time.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Targets in bulk: a team's active reps by the active KPIs for one period, saved all or nothing
 * "from this period on" as {@link GridPlan} says.
 */
@ApplicationScoped
class TargetGrid {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    KpiAccess access;

    /** Which grid: a team the viewer leads (or any, for an admin), a kind, and the period holding a date. */
    record Where(TeamInfo team, PeriodKind kind, Period period) {
    }

    /** The grid of the team for the period holding the date (today in the team's zone when none is given). */
    @Transactional
    public Grid grid(Long teamId, String kind, LocalDate date) {
        return read(where(teamId, kind, date));
    }

    /**
     * Saves the cells from the period on, all or none: every cell in error is named as
     * {@code cells[i].person}, {@code cells[i].kpi} or {@code cells[i].value}, and nothing changes then.
     */
    @Transactional
    public Grid save(Long teamId, String kind, LocalDate date, List<CellChange> cells) {
        Where where = where(teamId, kind, date);
        Map<Long, Member> reps = new HashMap<>();
        People.activeRepsOn(where.team().id()).forEach(rep -> reps.put(rep.id(), rep));
        Map<String, KpiDefinition> kpis = new HashMap<>();
        KpiDefinition.activeInOrder().forEach(kpi -> kpis.put(kpi.key, kpi));

        InvalidInput.Collector errors = new InvalidInput.Collector();
        Set<String> seen = new HashSet<>();
        List<CellChange> changes = cells == null ? List.of() : cells;
        for (int i = 0; i < changes.size(); i++) {
            CellChange cell = changes.get(i);
            String at = "cells[" + i + "]";
            if (cell == null) {
                errors.add(at, "Send a person, a KPI and a value or null.");
                continue;
            }
            Member rep = cell.person() == null ? null : reps.get(cell.person());
            errors.require(rep != null, at + ".person", "Not an active rep of " + where.team().name() + ".");
            KpiDefinition kpi = cell.kpi() == null ? null : kpis.get(cell.kpi().strip());
            errors.require(kpi != null, at + ".kpi", "No active KPI has this key.");
            if (cell.value() != null) {
                TargetCheck.value(errors, at + ".value", cell.value(), kpi == null ? null : kpi.unit);
            }
            if (rep != null && kpi != null && !seen.add(rep.id() + "/" + kpi.key)) {
                errors.add(at, "This rep and KPI come twice; send each cell once.");
            }
        }
        errors.throwIfAny();
        Member viewer = current.member();
        changes.stream().map(cell -> reps.get(cell.person())).distinct()
                .forEach(rep -> access.requireSetsTargetsFor(viewer, rep.id()));

        // Locked in one order, so that two grids saved at once wait for each other instead of deadlocking.
        changes.stream().map(cell -> kpis.get(cell.kpi().strip())).distinct()
                .sorted(Comparator.comparing(kpi -> kpi.id)).forEach(kpi -> KpiDefinition.lockedByKey(kpi.key));
        for (CellChange cell : changes) {
            apply(where, reps.get(cell.person()), kpis.get(cell.kpi().strip()), cell, viewer);
        }
        return read(where);
    }

    private void apply(Where where, Member rep, KpiDefinition kpi, CellChange cell, Member viewer) {
        String subject = KpiTarget.personSubject(rep.id());
        List<KpiTarget> targets = KpiTarget.of(kpi, subject, where.kind());
        Optional<KpiTarget> covering = targets.stream().filter(t -> t.covers(where.period())).findFirst();
        Optional<LocalDate> nextStart = targets.stream().map(t -> t.startsOn)
                .filter(start -> start.isAfter(where.period().start())).findFirst();
        GridPlan.Step step = GridPlan.plan(where.period(),
                covering.map(t -> new GridPlan.Covering(t.id, TargetOverlap.span(t), t.value)), nextStart, cell.value());
        if (step instanceof GridPlan.Update update) {
            touch(covering.get(), viewer).value = update.value();
        } else if (step instanceof GridPlan.End end) {
            touch(covering.get(), viewer).endsOn = end.endsOn();
        } else if (step instanceof GridPlan.Delete) {
            covering.get().delete();
        } else if (step instanceof GridPlan.Split split) {
            KpiTarget old = touch(covering.get(), viewer);
            old.endsOn = split.endOld();
            persist(rep, kpi, where.kind(), split.span(), split.value(), old, viewer);
        } else if (step instanceof GridPlan.Create create) {
            persist(rep, kpi, where.kind(), create.span(), create.value(), null, viewer);
        }
    }

    /** A new target of the rep over the span, with the ramp of the target it follows on from, if any. */
    private void persist(Member rep, KpiDefinition kpi, PeriodKind kind, Span span, java.math.BigDecimal value,
            KpiTarget from, Member viewer) {
        KpiTarget target = new KpiTarget();
        target.kpi = kpi;
        target.personId = rep.id();
        target.subject = KpiTarget.personSubject(rep.id());
        target.periodKind = kind;
        target.startsOn = span.start();
        target.endsOn = span.end();
        target.value = value;
        target.ramp = from == null ? null : from.ramp;
        target.rampFrom = from == null ? null : from.rampFrom;
        target.setById = viewer.id();
        target.setAt = clock.instant();
        target.persist();
    }

    private KpiTarget touch(KpiTarget target, Member viewer) {
        target.setById = viewer.id();
        target.setAt = clock.instant();
        return target;
    }

    private Where where(Long teamId, String kindName, LocalDate date) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(teamId != null, "team", "Choose a team.");
        PeriodKind kind = TargetCheck.kind(errors, kindName);
        errors.require(Dates.inRange(date), "period", Dates.OUT_OF_RANGE);
        errors.throwIfAny();
        TeamInfo team = access.visibleTeam(current.member(), teamId);
        LocalDate day = date != null ? date : LocalDate.ofInstant(clock.instant(), team.zone());

        return new Where(team, kind, Period.containing(kind, day));
    }

    private static Grid read(Where where) {
        List<KpiDefinition> kpis = KpiDefinition.activeInOrder();
        List<Member> reps = People.activeRepsOn(where.team().id());
        Map<String, KpiTarget> covering = new HashMap<>();
        KpiTarget.coveringFor(reps.stream().map(rep -> KpiTarget.personSubject(rep.id())).toList(), where.kind(), where.period().start())
                .forEach(t -> covering.put(t.subject + "/" + t.kpi.id, t));
        List<GridViews.Row> rows = new ArrayList<>();
        for (Member rep : reps) {
            List<GridViews.Cell> cells = new ArrayList<>();
            for (KpiDefinition kpi : kpis) {
                KpiTarget t = covering.get(KpiTarget.personSubject(rep.id()) + "/" + kpi.id);
                cells.add(t == null ? new GridViews.Cell(kpi.key, null, null, null, null, null, null)
                        : new GridViews.Cell(kpi.key, t.id, TargetValues.plain(t.value),
                                TargetValues.plain(TargetValues.forPeriod(t, where.period())), t.startsOn,
                                t.endsOn, t.ramp));
            }
            rows.add(new GridViews.Row(rep.id(), rep.name(), cells));
        }
        Period period = where.period();
        return new Grid(where.team().id(), where.team().name(), KpiChoices.word(where.kind()), period.start(), period.end(),
                kpis.stream().map(k -> new GridViews.Column(k.key, k.name, KpiChoices.word(k.unit))).toList(), rows);
    }
}
