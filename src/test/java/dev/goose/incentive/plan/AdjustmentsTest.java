package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.incentive.plan.Adjustments.DealNow;

/** Adjustments to a closed period, to the cent: a clawback, a late deal, and what was already adjusted not paid twice. */
@Tag("unit")
class AdjustmentsTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate NOV = LocalDate.of(2026, 11, 1);

    static Statement.Line line(String component, String amount, Long deal) {
        return new Statement.Line("Version 1", component, component + " line", new BigDecimal(amount), deal);
    }

    static Adjustments.Closed november(List<Statement.Line> closed, List<Statement.Line> now, List<Statement.Line> before,
            Map<Long, DealNow> deals) {
        return november(closed, now, before, deals, LocalDate.of(2026, 12, 3), null);
    }

    static Adjustments.Closed november(List<Statement.Line> closed, List<Statement.Line> now, List<Statement.Line> before,
            Map<Long, DealNow> deals, LocalDate since, Integer window) {
        Map<Long, Adjustments.Deal> facts = new java.util.HashMap<>();
        deals.forEach((id, state) -> facts.put(id, new Adjustments.Deal(id == 7L ? "Acme" : "Globex", state, since)));
        return new Adjustments.Closed("November 2026", NOV, LocalDate.of(2026, 11, 30), closed, now, before, facts, window);
    }

    @Test
    void aWonDealThatIsLostAfterTheCloseIsTakenBackNamingTheDealThePeriodAndTheReason() {
        List<Statement.Line> closed = List.of(line("base", "3000.00", null), line("commission", "600.00", 7L), line("commission", "400.04", 7L),
                line("commission", "250.00", 8L));
        List<Statement.Line> now = List.of(line("base", "3000.00", null), line("commission", "250.00", 8L));

        List<Statement.Line> adjustments = Adjustments.of(november(closed, now, List.of(), Map.of(7L, DealNow.LOST, 8L, DealNow.WON)), EUR);

        assertThat(adjustments).hasSize(1);
        Statement.Line back = adjustments.get(0);
        assertThat(back.amount()).isEqualByComparingTo("-1000.04");
        assertThat(back.dealId()).isEqualTo(7L);
        assertThat(back.adjusts()).isEqualTo(NOV);
        assertThat(back.part()).isEqualTo(Adjustments.PART);
        assertThat(back.formula()).isEqualTo("Adjustment to November 2026, commission on Acme: paid €1,000.04 when closed, €0.00 now, "
                + "because the deal is now lost");
    }

    @Test
    void aDealWonLateInAClosedPeriodIsPaidAndWhatWasAdjustedSinceIsNotPaidTwice() {
        List<Statement.Line> closed = List.of(line("base", "3000.00", null));
        List<Statement.Line> now = List.of(line("base", "3000.00", null), line("commission", "1000.04", 7L), line("kpi-bonus", "500.00", null));
        List<Statement.Line> before = List.of(new Statement.Line(Adjustments.PART, "commission", "earlier", new BigDecimal("1000.04"), 7L, NOV));

        List<Statement.Line> adjustments = Adjustments.of(november(closed, now, before, Map.of(7L, DealNow.WON)), EUR);

        assertThat(adjustments).extracting(Statement.Line::formula)
                .containsExactly("Adjustment to November 2026, KPI bonuses: paid €0.00 when closed, €500.00 now");
        assertThat(adjustments.get(0).amount()).isEqualByComparingTo("500.00");
    }

    @Test
    void aReopenedDealAlreadyTakenBackOnceIsNotTakenBackAgain() {
        List<Statement.Line> closed = List.of(line("commission", "1000.04", 7L));
        List<Statement.Line> before = List.of(new Statement.Line(Adjustments.PART, "commission", "earlier", new BigDecimal("-1000.04"), 7L, NOV));

        assertThat(Adjustments.of(november(closed, List.of(), before, Map.of(7L, DealNow.OPEN)), EUR)).isEmpty();
        assertThat(Adjustments.of(november(closed, List.of(), List.of(), Map.of()), EUR)).extracting(Statement.Line::formula)
                .containsExactly("Adjustment to November 2026, commission on deal 7: paid €1,000.04 when closed, €0.00 now, "
                        + "because the deal was removed");
    }

    @Test
    void aDealLostWithinThePlansClawbackWindowIsTakenBackAndOneLostAfterItIsKeptAsPaid() {
        List<Statement.Line> closed = List.of(line("commission", "1000.04", 7L));
        // the window runs 90 days from November 30: to February 28
        assertThat(Adjustments.of(november(closed, List.of(), List.of(), Map.of(7L, DealNow.LOST), LocalDate.of(2027, 2, 28), 90), EUR))
                .extracting(Statement.Line::amount).extracting(BigDecimal::toPlainString).containsExactly("-1000.04");
        assertThat(Adjustments.of(november(closed, List.of(), List.of(), Map.of(7L, DealNow.LOST), LocalDate.of(2027, 3, 1), 90), EUR))
                .isEmpty();
    }
}
