package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An incentive plan as a playbook's {@code plan} block states it: the plan a rep reads, accepts and is
 * paid by. Amounts are in the plan's currency; percents are numbers such as 15 for 15%.
 *
 * @param effective         the day this version applies from; earlier periods keep the version before
 * @param base              the base salary for one pay period
 * @param onTargetVariable  the variable pay of a plan year at 100 percent, as the plan states it, or null
 * @param commission        the commission, or null for a plan without one
 * @param ramp              a new hire's guarantee or draw, or null
 * @param teamPools         pools paid to the team for its outcome; not in on-target earnings, since a share depends on the team
 * @param clawbackDays      how many days after a pay period a deal it paid for that is lost, reopened or removed is taken
 *                          back; null when the plan sets no limit
 * @param spiffs            dated bonuses for named events; not in on-target earnings, since they depend on events
 */
public record Plan(String name, Currency currency, LocalDate effective, PayPeriod payPeriod, BigDecimal base,
        BigDecimal onTargetVariable, Commission commission, List<KpiBonus> kpiBonuses, Ramp ramp, List<TeamPool> teamPools,
        Integer clawbackDays, List<Spiff> spiffs) {

    public Plan {
        kpiBonuses = List.copyOf(kpiBonuses);
        teamPools = List.copyOf(teamPools);
        spiffs = List.copyOf(spiffs);
    }

    public Plan(String name, Currency currency, LocalDate effective, PayPeriod payPeriod, BigDecimal base, BigDecimal onTargetVariable,
            Commission commission, List<KpiBonus> kpiBonuses, Ramp ramp, List<TeamPool> teamPools, Integer clawbackDays) {
        this(name, currency, effective, payPeriod, base, onTargetVariable, commission, kpiBonuses, ramp, teamPools, clawbackDays, List.of());
    }

    public Plan(String name, Currency currency, LocalDate effective, PayPeriod payPeriod, BigDecimal base, BigDecimal onTargetVariable,
            Commission commission, List<KpiBonus> kpiBonuses) {
        this(name, currency, effective, payPeriod, base, onTargetVariable, commission, kpiBonuses, null, List.of(), null, List.of());
    }

    /** The same plan in force from another day: to model what it would have paid in a period before its own date. */
    public Plan effectiveFrom(LocalDate day) {
        return new Plan(name, currency, day, payPeriod, base, onTargetVariable, commission, kpiBonuses, ramp, teamPools, clawbackDays, spiffs);
    }

    /** What the components pay over a plan year at 100 percent of every quota and target, rounded. */
    public BigDecimal variableAtTarget() {
        BigDecimal total = commission == null ? BigDecimal.ZERO : commission.atTarget(payPeriod);
        for (KpiBonus bonus : kpiBonuses) {
            total = total.add(bonus.atTarget().multiply(BigDecimal.valueOf(bonus.period().perYear())));
        }
        return Money.round(total, currency);
    }

    public BigDecimal baseForYear() {
        return Money.round(base.multiply(BigDecimal.valueOf(payPeriod.perYear())), currency);
    }

    /** The base's share of on-target earnings in whole percent, as in "a 60/40 pay mix". */
    public int basePercentOfOnTarget() {
        BigDecimal onTarget = baseForYear().add(variableAtTarget());
        return onTarget.signum() == 0 ? 100
                : baseForYear().multiply(Money.HUNDRED).divide(onTarget, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
