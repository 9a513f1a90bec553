package dev.goose.kpi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The target grid of one team, kind and period: active reps by active KPIs, as the API shows it and takes it. */
public final class GridViews {

    private GridViews() {
    }

    /** The grid: rows of reps, a column per KPI, in the order of {@code kpis}. */
    public record Grid(Long team, String teamName, String kind, LocalDate periodStart, LocalDate periodEnd,
            List<Column> kpis, List<Row> rows) {
    }

    public record Column(String key, String name, String unit) {
    }

    public record Row(Long person, String name, List<Cell> cells) {
    }

    /**
     * The rep's target on the KPI covering the period, or nulls when none does. value is the full
     * target; effective the value this period after any ramp.
     */
    public record Cell(String kpi, Long target, BigDecimal value, BigDecimal effective, LocalDate firstPeriod,
            LocalDate lastPeriod, String ramp) {

        public String valueShown() {
            return value == null ? "" : TargetView.shown(value);
        }
    }

    /** One cell to save: the rep, the KPI by key, and the value from this period on, or null for no target. */
    public record CellChange(Long person, String kpi, BigDecimal value) {
    }

    /** What PUT takes: the cells to save, all or none. */
    public record Save(List<CellChange> cells) {
    }
}
