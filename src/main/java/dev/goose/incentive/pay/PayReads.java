package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.incentive.plan.KpiBonus;
import dev.goose.incentive.plan.Statements;
import dev.goose.kpi.PeriodKind;
import dev.goose.kpi.board.KpiResults;
import dev.goose.onboarding.Enrollments;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.pipeline.Deals;

/**
 * What computing one person's statements reads from the other features, each read once: the statement,
 * the periods a draw looks back on and the previews of their open deals all ask the same questions.
 * Lives for one call; nothing in it outlasts the request that made it.
 */
final class PayReads {

    final Member person;
    final Statements.Rates rates = RateService.lookup();
    private final KpiResults kpis;
    private List<Coverage.Assigned> own;
    private List<People.Stretch> stretches;
    private Optional<LocalDate> rampStart;
    private final Map<String, List<Statements.Credit>> credits = new HashMap<>();
    private final Map<String, Map<String, KpiBonus.Measured>> measured = new HashMap<>();
    private Map<String, BigDecimal> more = Map.of();
    private LocalDate moreOn;
    /** Each plan's versions by playbook id, as {@link PlanVersions} gives them, shared by everyone of the call. */
    final Map<Long, List<Statements.Version>> versions;
    /** What the call reads once for everyone whose statements it computes. */
    final PayShared shared;

    PayReads(Member person, KpiResults kpis, PayShared shared) {
        this.person = person;
        this.kpis = kpis;
        this.shared = shared;
        this.versions = shared.versions;
    }

    List<Coverage.Assigned> own() {
        if (own == null) {
            own = PlanAssignment.ofPerson(person.id()).stream().map(PlanAssignment::assigned).toList();
        }
        return own;
    }

    /** The assignments of the team the person was on that day; none on a day they were on no team. */
    List<Coverage.Assigned> team(LocalDate day) {
        return teamOn(day).map(shared::teamAssignments).orElse(List.of());
    }

    /** The team the person was on that day, as the people feature recorded their moves. */
    Optional<Long> teamOn(LocalDate day) {
        if (stretches == null) {
            stretches = shared.stretchesOf(person.id());
        }
        return People.Stretch.teamOn(stretches, day);
    }

    /** The day a guarantee or a draw counts from: the first onboarding start, else the hire date. */
    Optional<LocalDate> rampStart() {
        if (rampStart == null) {
            rampStart = Enrollments.firstStartOf(person.id()).or(() -> Optional.ofNullable(person.hireDate()));
        }
        return rampStart;
    }

    /** The deals won from the first day to the last that credit the person, their days in the person's zone, in closing order. */
    List<Statements.Credit> credits(LocalDate from, LocalDate end) {
        return credits.computeIfAbsent(from + "/" + end, k -> {
            ZoneId zone = person.zone();
            return shared.won(List.of(person.id()), from.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                    .filter(d -> d.shareOf(person.id()).signum() > 0)
                    .map(d -> new Statements.Credit(d.id(), d.name(), d.amount(), d.currency(), LocalDate.ofInstant(d.closedAt(), zone),
                            d.shareOf(person.id())))
                    .toList();
        });
    }

    /**
     * KPI results as the bonuses read them; a KPI without a target for the bonus period is left out, and
     * pays nothing. Activity added for a what-if counts in the bonus periods holding its day.
     */
    Statements.Measures measures() {
        return (kind, start, keys) -> {
            Map<String, KpiBonus.Measured> found = measured.computeIfAbsent(kind + "/" + start + "/" + keys, k -> {
                Map<String, KpiBonus.Measured> read = new HashMap<>();
                kpis.of(person, keys, PeriodKind.valueOf(kind.name()), start).forEach((key, result) -> result.target()
                        .ifPresent(target -> read.put(key, new KpiBonus.Measured(result.actual().orElse(BigDecimal.ZERO), target))));
                return read;
            });
            if (more.isEmpty() || moreOn.isBefore(start) || moreOn.isAfter(kind.endOf(start))) {
                return found;
            }
            Map<String, KpiBonus.Measured> plus = new HashMap<>(found);
            more.forEach((key, extra) -> plus.computeIfPresent(key, (k, m) -> new KpiBonus.Measured(m.actual().add(extra), m.target())));
            return plus;
        };
    }

    /** From now on, KPI results as if the person had also done this much on the day (a what-if); the results read stay as they are. */
    void assume(LocalDate day, Map<String, BigDecimal> activity) {
        moreOn = day;
        more = Map.copyOf(activity);
    }

    /** What was recorded for a KPI for these people on days from {@code from} to {@code to}, for a SPIFF on activity. */
    List<KpiResults.Entry> kpiEntries(Collection<Long> people, String key, LocalDate from, LocalDate to) {
        return kpis.entries(people, key, from, to);
    }

    /** The deals the team's members won in {@code [from, until)}, in one query for everyone of the call. */
    List<Deals.WonDeal> teamDeals(Collection<Long> members, Instant from, Instant until) {
        return shared.won(members, from, until);
    }
}
