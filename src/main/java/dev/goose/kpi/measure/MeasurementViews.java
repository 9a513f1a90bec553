package dev.goose.kpi.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.goose.kpi.Measurement;
import dev.goose.kpi.MeasurementCorrection;
import dev.goose.people.People;
import dev.goose.pipeline.Deals;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the measurement API and pages show, and what clients send; never entities. */
public final class MeasurementViews {

    private MeasurementViews() {
    }

    /** One entry: for whom, which KPI (by key), which day in the person's zone, how much, how it came in. */
    public record MeasurementView(Long id, String kpi, String kpiName, Long person, String personName, LocalDate date,
            BigDecimal value, String note, Long deal, String dealName, String origin, String externalId, Instant recordedAt,
            String recordedBy) {

        static MeasurementView of(Measurement m) {
            return ofAll(List.of(m)).get(0);
        }

        /** The entries as views, with the names of their people read in one query. */
        static List<MeasurementView> ofAll(List<Measurement> entries) {
            Set<Long> ids = new HashSet<>();
            entries.forEach(m -> {
                ids.add(m.personId);
                if (m.recordedById != null) {
                    ids.add(m.recordedById);
                }
            });
            Map<Long, String> names = People.namesOf(ids);
            Map<Long, String> deals = Deals.namesOf(entries.stream().map(m -> m.dealId).filter(java.util.Objects::nonNull).distinct().toList());
            return entries.stream().map(m -> new MeasurementView(m.id, m.kpi.key, m.kpi.name, m.personId, names.get(m.personId),
                    m.occurredOn, MeasurementRules.plain(m.value), m.note, m.dealId,
                    m.dealId == null ? null : deals.get(m.dealId), m.origin.name(), m.externalId, m.recordedAt,
                    m.recordedById == null ? null : names.get(m.recordedById))).toList();
        }
    }

    /** A change of value: from what, to what, by whom, when and why. */
    public record CorrectionView(BigDecimal oldValue, BigDecimal newValue, String reason, Long by, String byName, Instant at) {

        static CorrectionView of(MeasurementCorrection c, Map<Long, String> names) {
            return new CorrectionView(MeasurementRules.plain(c.oldValue), MeasurementRules.plain(c.newValue), c.reason,
                    c.correctedById, c.correctedById == null ? null : names.get(c.correctedById), c.correctedAt);
        }
    }

    /** An entry with its corrections, oldest first, and whether the viewer may correct it. */
    public record MeasurementDetail(MeasurementView measurement, List<CorrectionView> corrections, boolean correctable) {
    }

    /** A page of one person's entries, newest first; {@code total} counts them all. */
    public record MeasurementPage(Long person, String personName, List<MeasurementView> items, int page, int limit, long total) {

        public boolean hasMore() {
            return (long) page * limit < total;
        }

        public int newer() {
            return page - 1;
        }

        public int older() {
            return page + 1;
        }
    }

    /** A KPI or person to filter by, as a choice in a form. */
    public record Choice(String value, String label) {
    }

    /**
     * One click's worth: the KPI by key, a value (1 if not given), optionally the deal it was for,
     * a note, and the day (today where the caller works, if not given).
     */
    public record LogRequest(String kpi, BigDecimal value, Long deal,
            @Size(max = MeasurementRules.MAX_NOTE, message = "Use at most " + MeasurementRules.MAX_NOTE + " characters.") String note,
            LocalDate date) {
    }

    /** A new value, with the reason it changed: required, since corrections are audited. */
    public record CorrectionRequest(BigDecimal value,
            @NotBlank(message = "Say why the value changes: corrections are kept with their reason.")
            @Size(max = MeasurementRules.MAX_REASON, message = "Use at most " + MeasurementRules.MAX_REASON + " characters.")
            String reason) {
    }

    /** A JSON import: the same rules as a CSV file, rows named {@code measurements[i]}. */
    public record BatchRequest(List<BatchItem> measurements) {
    }

    /** One measurement of a batch; the person by email or id, the KPI by key. */
    public record BatchItem(String person, String kpi, LocalDate date, BigDecimal value, String externalId, String note) {
    }

    /** What an import did, or would do on a dry run. */
    public record ImportResult(boolean dryRun, int created, int updated, int unchanged, List<RowResult> rows) {
    }

    /** One row: {@code outcome} is new, update or unchanged; {@code previousValue} is set for an update. */
    public record RowResult(int row, String person, String kpi, LocalDate date, BigDecimal value, String externalId,
            String outcome, BigDecimal previousValue) {
    }
}
