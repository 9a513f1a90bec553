package dev.goose.incentive.pay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.goose.errors.InvalidInput;
import dev.goose.incentive.plan.Statements;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Monthly exchange rates, entered by admins, by which a deal won in another currency than the plan's
 * is credited; the line names the rate it used. Entering a rate again for the same month replaces it,
 * and a closed month whose rate changes is paid the difference as an adjustment.
 */
@ApplicationScoped
public class RateService {

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    /** @param month as 2026-12; rate: what one unit of {@code from} is worth in {@code to} */
    public record Request(String month, String from, String to, BigDecimal rate) {
    }

    public record Rate(String month, String from, String to, BigDecimal rate, String enteredBy) {
    }

    @Transactional
    public List<Rate> list() {
        List<ExchangeRate> rates = ExchangeRate.latest(120);
        Map<Long, String> names = People.namesOf(rates.stream().map(r -> r.enteredBy).toList());
        return rates.stream().map(r -> new Rate(YearMonth.from(r.month).toString(), r.fromCurrency, r.toCurrency,
                r.rate.stripTrailingZeros(), names.get(r.enteredBy))).toList();
    }

    @Transactional
    public Rate enter(Request request) {
        Request asked = request == null ? new Request(null, null, null, null) : request;
        InvalidInput.Collector errors = new InvalidInput.Collector();
        YearMonth month = null;
        try {
            month = asked.month() == null ? null : YearMonth.parse(asked.month().strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.require(month != null && month.getYear() >= 1900 && month.getYear() <= 9999, "month", "Give the month as 2026-12.");
        String from = code(asked.from(), "from", errors);
        String to = code(asked.to(), "to", errors);
        errors.require(from == null || !from.equals(to), "to", "A rate converts between two different currencies.");
        BigDecimal rate = asked.rate();
        errors.require(rate != null && rate.signum() > 0 && rate.compareTo(BigDecimal.valueOf(1_000_000)) < 0, "rate",
                "Give the rate as a positive number, such as 1.0834: what one " + (from == null ? "unit" : from) + " is worth.");
        errors.require(rate == null || rate.stripTrailingZeros().scale() <= 8, "rate", "A rate has at most 8 decimals.");
        errors.throwIfAny();
        LocalDate first = month.atDay(1);
        ExchangeRate entered = ExchangeRate.of(first, from, to).orElseGet(ExchangeRate::new);
        entered.month = first;
        entered.fromCurrency = from;
        entered.toCurrency = to;
        entered.rate = rate;
        entered.enteredBy = current.id();
        entered.enteredAt = clock.instant();
        entered.persist();
        return new Rate(month.toString(), from, to, rate.stripTrailingZeros(), current.name());
    }

    /** The rates as a statement reads them, each looked up once per statement. */
    static Statements.Rates lookup() {
        Map<String, Optional<BigDecimal>> seen = new HashMap<>();
        return (from, to, month) -> seen.computeIfAbsent(from + to.getCurrencyCode() + month,
                k -> ExchangeRate.of(month.atDay(1), from, to.getCurrencyCode()).map(r -> r.rate));
    }

    private static String code(String raw, String field, InvalidInput.Collector errors) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.matches("[A-Z]{3}")) {
                return Currency.getInstance(code).getCurrencyCode();
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        errors.add(field, "Give a currency code such as USD or EUR.");
        return null;
    }
}
