package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goose.kpi.KpiCalendar;
import dev.goose.kpi.KpiTarget;
import dev.goose.kpi.Period;
import dev.goose.kpi.RampFrom;
import dev.goose.onboarding.Enrollments;
import dev.goose.people.People.Member;
import dev.goose.people.People.TeamInfo;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The targets that apply to people and a team in a run of periods, ramps applied: a new rep's
 * monthly target of 100 calls is 25 in their first month when the ramp says 25%. Two queries
 * whatever the number of people: the targets, and everyone's first onboarding start.
 */
@ApplicationScoped
class Targets {

    /** Effective targets by subject ("person:12", "team:3"), KPI id and period start. */
    record Book(Map<String, Map<Long, Map<LocalDate, BigDecimal>>> values) {

        Optional<BigDecimal> of(String subject, Long kpiId, Period period) {
            return Optional.ofNullable(values.getOrDefault(subject, Map.of()).getOrDefault(kpiId, Map.of()).get(period.start()));
        }

        Optional<BigDecimal> of(Member person, Long kpiId, Period period) {
            return of(KpiTarget.personSubject(person.id()), kpiId, period);
        }
    }

    /** The targets of the people, and of the team when one is given, over the periods (of one kind). */
    Book of(Collection<Member> people, TeamInfo team, List<Period> periods) {
        Map<String, Member> bySubject = new HashMap<>();
        people.forEach(p -> bySubject.put(KpiTarget.personSubject(p.id()), p));
        List<String> subjects = new ArrayList<>(bySubject.keySet());
        if (team != null) {
            subjects.add(KpiTarget.teamSubject(team.id()));
        }
        Map<String, Map<Long, Map<LocalDate, BigDecimal>>> values = new HashMap<>();
        if (subjects.isEmpty() || periods.isEmpty()) {
            return new Book(values);
        }
        LocalDate first = periods.get(0).start();
        LocalDate last = periods.get(periods.size() - 1).start();
        List<KpiTarget> targets = KpiTarget.list("subject in ?1 and periodKind = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?4)",
                subjects, periods.get(0).kind(), last, first);
        Map<Long, LocalDate> onboarding = onboardingStarts(people, targets);
        for (KpiTarget target : targets) {
            Member person = bySubject.get(target.subject);
            for (Period period : periods) {
                if (target.covers(period)) {
                    BigDecimal value = target.valueFor(period, person == null ? Optional.empty() : KpiCalendar.rampStart(person, target.rampFrom, Optional.ofNullable(onboarding.get(person.id()))));
                    values.computeIfAbsent(target.subject, s -> new HashMap<>())
                            .computeIfAbsent(target.kpi.id, k -> new HashMap<>())
                            .put(period.start(), value);
                }
            }
        }
        return new Book(values);
    }

    /** Everyone's first onboarding start, read only when some target ramps from it. */
    private static Map<Long, LocalDate> onboardingStarts(Collection<Member> people, List<KpiTarget> targets) {
        boolean needed = targets.stream().anyMatch(t -> t.ramp != null && t.rampFrom == RampFrom.ONBOARDING);
        if (!needed || people.isEmpty()) {
            return new HashMap<>();
        }
        return Enrollments.firstStartsOf(people.stream().map(Member::id).toList());
    }
}
