package dev.goose.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.people.DemoTeam;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.time.Clocks;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * In dev mode, the demo reps start with monthly targets and three months of logged activity, and
 * the new hire with a ramped target, so the KPI pages, the dashboard and the leaderboard have
 * something to show on a first `quarkus:dev`. The numbers are the same at every start.
 */
@ApplicationScoped
class DemoKpis {

    private static final Logger LOG = Logger.getLogger(DemoKpis.class);

    private static final Map<String, Integer> MONTHLY = Map.of("calls", 120, "conversations", 40, "meetings-booked", 12,
            "demos-held", 6, "proposals-sent", 4);

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(3100) StartupEvent event) {
        if (!DemoTeam.shown()) {
            return;
        }
        AppLock.acquire(AppLock.FIRST_START);
        if (KpiTarget.count() > 0 || People.byEmail(DemoTeam.MANAGER).isEmpty()) {
            return;
        }
        Long manager = People.byEmail(DemoTeam.MANAGER).orElseThrow().id();
        Instant now = clock.instant();
        LocalDate today = Clocks.serverToday(clock);
        LocalDate from = today.minusMonths(3).withDayOfMonth(1);
        Random random = new Random(42);
        for (String email : new String[] { "rick@goose.local", "rita@goose.local", DemoTeam.NEW_HIRE }) {
            Long rep = People.byEmail(email).map(Member::id).orElse(null);
            if (rep == null) {
                continue;
            }
            boolean newHire = email.equals(DemoTeam.NEW_HIRE);
            MONTHLY.forEach((key, value) -> KpiDefinition.byKey(key).ifPresent(kpi -> {
                target(kpi, rep, manager, newHire ? today : from, value, newHire, now);
                if (!newHire) {
                    activity(kpi, rep, from, today, value, random, now);
                }
            }));
        }
        LOG.info("Demo: KPI targets and activity seeded");
    }

    private static void target(KpiDefinition kpi, Long rep, Long manager, LocalDate from, int value, boolean ramped, Instant now) {
        KpiTarget target = new KpiTarget();
        target.kpi = kpi;
        target.personId = rep;
        target.subject = KpiTarget.personSubject(rep);
        target.periodKind = PeriodKind.MONTH;
        target.startsOn = Period.containing(PeriodKind.MONTH, from).start();
        target.value = BigDecimal.valueOf(value);
        if (ramped) {
            target.ramp = "25,50,75,100";
            target.rampFrom = RampFrom.ONBOARDING;
        }
        target.setById = manager;
        target.setAt = now;
        target.persist();
    }

    /** Working days up to yesterday, around the daily share of the monthly target. */
    private static void activity(KpiDefinition kpi, Long rep, LocalDate from, LocalDate today, int monthly, Random random,
            Instant now) {
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int count = (int) Math.round(monthly / 21.0 * (0.6 + random.nextDouble() * 0.8));
            if (count == 0) {
                continue;
            }
            Measurement m = new Measurement();
            m.kpi = kpi;
            m.personId = rep;
            m.occurredOn = day;
            m.value = BigDecimal.valueOf(count);
            m.origin = Origin.LOGGED;
            m.recordedById = rep;
            m.recordedAt = now;
            m.persist();

        }
    }
}
