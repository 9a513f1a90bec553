package dev.goose.incentive.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Guarantees and recoverable draws for new hires, to the cent, over several periods. */
@Tag("unit")
class RampsTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate START = LocalDate.of(2026, 10, 5);

    static Optional<Statement.Line> line(Ramp ramp, int number, String variable, String... prior) {
        List<BigDecimal> before = new ArrayList<>();
        for (String p : prior) {
            before.add(p == null ? null : new BigDecimal(p));
        }
        return Ramps.line(ramp, "Version 1", number, before, new BigDecimal(variable), START, EUR);
    }

    @Test
    void aGuaranteeTopsVariablePayUpForItsPeriodsAndIsNeverPaidBack() {
        Ramp guarantee = new Ramp(Ramp.Kind.GUARANTEE, new BigDecimal("2000"), 3);
        Statement.Line topUp = line(guarantee, 1, "1200.04").orElseThrow();
        assertThat(topUp.amount()).isEqualByComparingTo("799.96");
        assertThat(topUp.formula()).isEqualTo("Guarantee, period 1 of 3 from 2026-10-05: variable pay €1,200.04 is below the guaranteed "
                + "€2,000.00, topped up by €799.96");
        assertThat(line(guarantee, 2, "2500").orElseThrow().amount()).isEqualByComparingTo("0.00");
        assertThat(line(guarantee, 3, "0").orElseThrow().amount()).isEqualByComparingTo("2000.00");
        assertThat(line(guarantee, 4, "0")).isEmpty();
    }

    @Test
    void aDrawIsAdvancedThenRecoveredFromEarningsAboveItAndItsBalanceCarries() {
        Ramp draw = new Ramp(Ramp.Kind.DRAW, new BigDecimal("2000"), 3);
        // period 1: 500 earned, 1,500 advanced (1,500 owed)
        Statement.Line first = line(draw, 1, "500").orElseThrow();
        assertThat(first.amount()).isEqualByComparingTo("1500.00");
        assertThat(first.formula()).isEqualTo("Draw, period 1 of 3 from 2026-10-05: variable pay €500.00 is below the €2,000.00 draw, so "
                + "€1,500.00 is advanced; €1,500.00 to recover");
        // period 2: 2,600 earned, 600 above the draw recovered (900 owed)
        Statement.Line second = line(draw, 2, "2600", "500").orElseThrow();
        assertThat(second.amount()).isEqualByComparingTo("-600.00");
        assertThat(second.formula()).isEqualTo("Draw, period 2 of 3 from 2026-10-05: variable pay €2,600.00 is above the €2,000.00 draw; "
                + "€600.00 of the €1,500.00 advanced is recovered, €900.00 left");
        // period 3: 3,000 earned, 1,000 above, but only 900 owed
        assertThat(line(draw, 3, "3000", "500", "2600").orElseThrow().amount()).isEqualByComparingTo("-900.00");
        // period 4: nothing owed, nothing drawn: no line
        assertThat(line(draw, 4, "1800", "500", "2600", "3000")).isEmpty();
    }

    @Test
    void afterTheDrawPeriodsTheBalanceIsRecoveredFromAllEarningsAndWhatIsLeftIsWrittenOff() {
        Ramp draw = new Ramp(Ramp.Kind.DRAW, new BigDecimal("2000"), 2);
        // 2,000 + 2,000 advanced; period 3 recovers 1,200.50 of 4,000 from all its earnings
        Statement.Line third = line(draw, 3, "1200.50", "0", "0").orElseThrow();
        assertThat(third.amount()).isEqualByComparingTo("-1200.50");
        assertThat(third.formula()).isEqualTo("Draw recovery, period 1 of 2 after the draw from 2026-10-05: variable pay €1,200.50; "
                + "€1,200.50 of the €4,000.00 advanced is recovered, €2,799.50 left");
        Statement.Line fourth = line(draw, 4, "1000", "0", "0", "1200.50").orElseThrow();
        assertThat(fourth.amount()).isEqualByComparingTo("-1000.00");
        assertThat(fourth.formula()).endsWith("€1,799.50 left; the rest is written off");
        assertThat(line(draw, 5, "5000", "0", "0", "1200.50", "1000")).isEmpty();
    }

    @Test
    void aPeriodBeforeThePlanPaidCountsFromOnboardingStartButDrawsNothing() {
        Ramp draw = new Ramp(Ramp.Kind.DRAW, new BigDecimal("2000"), 3);
        Statement.Line second = line(draw, 2, "400", (String) null).orElseThrow();
        assertThat(second.amount()).isEqualByComparingTo("1600.00");
        assertThat(second.formula()).startsWith("Draw, period 2 of 3 from 2026-10-05").endsWith("€1,600.00 to recover");
    }
}
