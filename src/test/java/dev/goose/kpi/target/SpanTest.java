package dev.goose.kpi.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SpanTest {

    private static Span span(String start, String end) {
        return new Span(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    @Test
    void spansThatShareADayOverlap() {
        assertThat(span("2025-01-01", "2025-03-31").overlaps(span("2025-03-31", "2025-06-30"))).isTrue();
        assertThat(span("2025-03-31", "2025-06-30").overlaps(span("2025-01-01", "2025-03-31"))).isTrue();
    }

    @Test
    void spansThatFollowEachOtherDoNotOverlap() {
        assertThat(span("2025-01-01", "2025-03-31").overlaps(span("2025-04-01", null))).isFalse();
        assertThat(span("2025-04-01", null).overlaps(span("2025-01-01", "2025-03-31"))).isFalse();
    }

    @Test
    void anOpenSpanOverlapsEverythingAfterItsStart() {
        assertThat(span("2025-01-01", null).overlaps(span("2030-05-01", "2030-05-31"))).isTrue();
        assertThat(span("2025-01-01", null).overlaps(span("2024-01-01", null))).isTrue();
        assertThat(span("2025-01-01", null).overlaps(span("2024-01-01", "2024-12-31"))).isFalse();
    }

    @Test
    void aSpanInsideAnotherOverlapsIt() {
        assertThat(span("2025-01-01", "2025-12-31").overlaps(span("2025-05-01", "2025-05-31"))).isTrue();
    }

    @Test
    void aSpanDescribesItselfForMessages() {
        assertThat(span("2025-01-01", "2025-03-31").describe()).isEqualTo("from 2025-01-01 to 2025-03-31");
        assertThat(span("2025-01-01", null).describe()).isEqualTo("from 2025-01-01 on");
    }

    @Test
    void aSpanCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> span("2025-02-01", "2025-01-31")).isInstanceOf(IllegalArgumentException.class);
    }
}
