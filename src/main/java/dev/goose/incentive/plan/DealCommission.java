package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A statement part's commission, deal by deal: each deal credited at the person's share of its value in
 * the plan's currency, on top of what was credited before it in the attainment's window, and the cap of
 * the part over them all.
 */
final class DealCommission {

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
            java.util.Locale.ENGLISH);

    private DealCommission() {
    }

    /** The deal's amount in the plan's currency: as it is, or at the rate of the month it was won; empty without an amount or a rate. */
    static java.util.Optional<BigDecimal> creditable(Statements.Credit deal, Currency currency, Statements.Rates rates) {
        return deal.amount() == null ? java.util.Optional.empty()
                : rates.convert(deal.amount(), deal.currency(), currency, java.time.YearMonth.from(deal.closedOn()));
    }

    /** Adds the part's commission lines, a deal at a time; false when a deal could not be credited. */
    static boolean add(Statements.Input in, Statement.Part part, List<Statement.Line> lines) {
        Commission commission = part.plan().commission();
        if (commission == null) {
            return true;
        }
        Currency currency = part.plan().currency();
        LocalDate window = commission.attainment() == Commission.Attainment.CUMULATIVE ? part.from().withDayOfYear(1) : in.start();
        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        boolean complete = true;
        for (Statements.Credit deal : in.credits()) {
            boolean counts = !deal.closedOn().isBefore(in.assignedFrom()) && !deal.closedOn().isBefore(window)
                    && !deal.closedOn().isAfter(part.to());
            if (!counts) {
                continue;
            }
            boolean during = !deal.closedOn().isBefore(part.from());
            String what = deal.name() + ", won on " + deal.closedOn();
            java.util.Optional<BigDecimal> whole = creditable(deal, currency, in.rates());
            if (whole.isEmpty()) {
                if (during) {
                    String why = deal.amount() == null ? "it has no amount"
                            : "it is in " + deal.currency() + " and no " + deal.currency() + " to " + currency + " rate is entered for "
                                    + MONTH.format(deal.closedOn());
                    lines.add(new Statement.Line(part.label(), Commission.COMPONENT, what + ": not credited, " + why,
                            Money.round(BigDecimal.ZERO, currency), deal.dealId()));
                    complete = false;
                }
                continue;
            }
            BigDecimal amount = Money.shareOf(whole.get(), deal.share(), currency);
            java.util.Optional<BigDecimal> rate = currency.getCurrencyCode().equals(deal.currency()) ? java.util.Optional.empty()
                    : in.rates().of(deal.currency(), currency, java.time.YearMonth.from(deal.closedOn()));
            if (during) {
                String converted = rate.map(r -> Money.format(deal.amount(), Currency.getInstance(deal.currency())) + " at "
                        + r.stripTrailingZeros().toPlainString() + " " + currency + " per " + deal.currency() + " (the rate for "
                        + MONTH.format(deal.closedOn()) + ") = ").orElse("");
                String credit = what + ", " + converted + Money.format(whole.get(), currency) + " at " + Money.percent(deal.share()) + " credit"
                        + (deal.share().compareTo(Money.HUNDRED) == 0 ? "" : " = " + Money.format(amount, currency)) + ": ";
                for (PlanLine line : commission.uncappedLines(credited, amount, in.period(), currency)) {
                    lines.add(new Statement.Line(part.label(), line.component(), credit + line.formula(), line.amount(), deal.dealId()));
                    paid = paid.add(line.amount());
                }
            }
            credited = credited.add(amount);
        }
        commission.capLine(paid, in.period(), currency)
                .ifPresent(cap -> lines.add(new Statement.Line(part.label(), cap.component(), cap.formula(), cap.amount(), null)));
        return complete;
    }
}
