package dev.goose.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MeasurementCheckTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aWholeNonNegativeCountIsAccepted() {
        assertThat(MeasurementCheck.check("count", dec("3"))).isEmpty();
        assertThat(MeasurementCheck.check("count", dec("0"))).isEmpty();
        assertThat(MeasurementCheck.check("COUNT", dec("4.00"))).as("trailing zeros are still whole").isEmpty();
    }

    @Test
    void aNegativeCountIsRefusedOnTheValue() {
        assertThat(MeasurementCheck.check("count", dec("-1")))
                .containsExactly(new FieldProblem("value", "A count cannot be negative."));
    }

    @Test
    void aFractionalCountIsRefused() {
        assertThat(MeasurementCheck.check("count", dec("2.5")))
                .containsExactly(new FieldProblem("value", "A count is a whole number."));
    }

    @Test
    void anUnknownUnitIsRefusedAndNamesTheKnownOnes() {
        assertThat(MeasurementCheck.check("widgets", dec("1"))).containsExactly(new FieldProblem("unit",
                "Unknown unit \"widgets\": use one of count, currency, percent, days."));
        assertThat(MeasurementCheck.check(" ", dec("1"))).extracting(FieldProblem::message)
                .containsExactly("A unit is required: one of count, currency, percent, days.");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(MeasurementCheck.check("widgets", null)).extracting(FieldProblem::field).containsExactly("unit", "value");
    }

    @Test
    void daysAndPercentsHaveTheirOwnBounds() {
        assertThat(MeasurementCheck.check("days", dec("12.5"))).isEmpty();
        assertThat(MeasurementCheck.check("days", dec("-0.5"))).extracting(FieldProblem::message)
                .containsExactly("Days cannot be negative.");
        assertThat(MeasurementCheck.check("percent", dec("100"))).isEmpty();
        assertThat(MeasurementCheck.check("percent", dec("100.1"))).extracting(FieldProblem::message)
                .containsExactly("A percent is from 0 to 100.");
    }

    @Test
    void aNegativeAmountIsAcceptedAsARefundOrCorrection() {
        assertThat(MeasurementCheck.check("currency", dec("-250.00"))).isEmpty();
    }
}
