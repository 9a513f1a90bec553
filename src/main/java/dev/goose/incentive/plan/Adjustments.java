package dev.goose.incentive.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a closed period owes now. A closed statement never changes, so when the facts behind it change
 * (a deal won late, a won deal reopened, lost or removed, a corrected measurement) the period is computed
 * again and each difference becomes an adjustment line in the next open period, pointing back to the
 * original. Lines are compared by what they pay for: their component and their deal, so a deal taken
 * back is named as such. What earlier adjustments already corrected is not paid twice.
 */
public final class Adjustments {

    /** The label adjustment lines carry as their part. */
    public static final String PART = "Adjustments";

    private Adjustments() {
    }

    /** What became of a deal paid in the closed period, to say why its pay changed; a removed deal is not in the map at all. */
    public enum DealNow {
        WON, OPEN, LOST, GONE
    }

    /** A deal as it is today: its name, where it stands and the day it got there. */
    public record Deal(String name, DealNow now, LocalDate since) {
    }

    /**
     * @param title    the closed period in words, as "November 2026"
     * @param start    its first day, which the adjustment lines point back to
     * @param end      its last day, from which a clawback window counts
     * @param closed   the lines of the closed statement that paid for the period itself (not its own adjustments)
     * @param now      the period's lines computed today
     * @param before   the adjustment lines already made to this period in statements closed since
     * @param deals    each deal as it is today, by id; a deal not named is treated as removed
     * @param clawbackDays how long after the period's end a deal lost, reopened or removed is taken back; null for no limit
     */
    public record Closed(String title, LocalDate start, LocalDate end, List<Statement.Line> closed, List<Statement.Line> now,
            List<Statement.Line> before, Map<Long, Deal> deals, Integer clawbackDays) {
    }

    /** The adjustment lines that bring the closed period to what it would pay today, rounded, in first-seen order. */
    public static List<Statement.Line> of(Closed period, Currency currency) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Statement.Line> first = new LinkedHashMap<>();
        add(sums, first, period.closed(), 0);
        add(sums, first, period.now(), 1);
        add(sums, first, period.before(), 2);
        List<Statement.Line> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> entry : sums.entrySet()) {
            BigDecimal[] s = entry.getValue();
            BigDecimal owed = Money.round(s[1].subtract(s[0]).subtract(s[2]), currency);
            if (owed.signum() == 0) {
                continue;
            }
            Statement.Line line = first.get(entry.getKey());
            if (owed.signum() < 0 && outsideWindow(line, period)) {
                continue;
            }
            String formula = "Adjustment to " + period.title() + ", " + what(line, period) + ": paid " + Money.format(Money.round(s[0], currency), currency)
                    + " when closed, " + Money.format(Money.round(s[1], currency), currency) + " now"
                    + (s[2].signum() == 0 ? "" : ", " + Money.format(Money.round(s[2], currency), currency) + " adjusted since")
                    + why(line, period);
            lines.add(new Statement.Line(PART, line.component(), formula, owed, line.dealId(), period.start()));
        }
        return lines;
    }

    private static void add(Map<String, BigDecimal[]> sums, Map<String, Statement.Line> first, List<Statement.Line> lines, int column) {
        for (Statement.Line line : lines) {
            String key = line.component() + "#" + Objects.toString(line.dealId(), "");
            first.putIfAbsent(key, line);
            sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO })[column] =
                    sums.get(key)[column].add(line.amount());
        }
    }

    /** A deal that stopped being won later than the plan's clawback window after the period is kept as paid. */
    private static boolean outsideWindow(Statement.Line line, Closed period) {
        if (line.dealId() == null || period.clawbackDays() == null) {
            return false;
        }
        Deal deal = period.deals().get(line.dealId());
        return deal != null && deal.now() != DealNow.WON && deal.since() != null
                && deal.since().isAfter(period.end().plusDays(period.clawbackDays()));
    }

    private static String what(Statement.Line line, Closed period) {
        if (line.dealId() != null) {
            Deal deal = period.deals().get(line.dealId());
            return line.component().replace('-', ' ') + " on " + (deal == null ? "deal " + line.dealId() : deal.name());
        }
        return switch (line.component()) {
            case "base" -> "base salary";
            case "kpi-bonus" -> "KPI bonuses";
            default -> line.component().replace('-', ' ');
        };
    }

    private static String why(Statement.Line line, Closed period) {
        if (line.dealId() == null) {
            return "";
        }
        Deal deal = period.deals().get(line.dealId());
        return switch (deal == null ? DealNow.GONE : deal.now()) {
            case WON -> "";
            case OPEN -> ", because the deal was reopened";
            case LOST -> ", because the deal is now lost";
            case GONE -> ", because the deal was removed";
        };
    }
}
