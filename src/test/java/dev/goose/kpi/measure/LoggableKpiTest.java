package dev.goose.kpi.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LoggableKpiTest {

    @Test
    void theButtonNamesOneOfWhatTheKpiCounts() {
        assertThat(LoggableKpi.singular("Calls")).isEqualTo("Call");
        assertThat(LoggableKpi.singular("Meetings booked")).isEqualTo("Meeting booked");
        assertThat(LoggableKpi.singular("Demos held")).isEqualTo("Demo held");
        assertThat(LoggableKpi.singular("Referrals asked")).isEqualTo("Referral asked");
        assertThat(LoggableKpi.singular("Follow-ups")).isEqualTo("Follow-up");
        assertThat(LoggableKpi.singular("Replies")).isEqualTo("Reply");
        assertThat(LoggableKpi.singular("Outreach")).isEqualTo("Outreach");
    }

    @Test
    void theConfirmationCountsInWords() {
        LoggableKpi calls = new LoggableKpi("calls", "Calls", "Call");
        assertThat(calls.counted(new BigDecimal("1.0000"))).isEqualTo("1 call");
        assertThat(calls.counted(new BigDecimal("3"))).isEqualTo("3 calls");
        assertThat(new LoggableKpi("nps", "NPS surveys", "NPS survey").counted(BigDecimal.ONE)).isEqualTo("1 NPS survey");
        assertThat(new LoggableKpi("m", "Meetings booked", "Meeting booked").counted(BigDecimal.TEN)).isEqualTo("10 meetings booked");
    }
}
