package dev.goose.kpi.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.goose.kpi.Period;

/** What the KPI pages and the API show; records, never entities. */
public final class BoardViews {

    private BoardViews() {
    }

    /** A period with its neighbours, for "previous" and "next" links. */
    public record PeriodView(String kind, LocalDate start, LocalDate end, String label, LocalDate previous, LocalDate next) {
        static PeriodView of(Period period) {
            return new PeriodView(Periods.key(period.kind()), period.start(), period.end(), Periods.label(period),
                    period.start().minusDays(1), period.end().plusDays(1));
        }
    }

    /** One KPI's numbers as JSON: exact values, and display strings rounded for people. */
    public record ScoreView(String kpi, String name, String unit, String category, BigDecimal actual, BigDecimal target,
            BigDecimal attainment, BigDecimal expected, String status, String actualDisplay, String targetDisplay,
            String attainmentDisplay) {
        static ScoreView of(Score s) {
            return new ScoreView(s.key(), s.name(), s.unit().key(), s.category().name().toLowerCase(java.util.Locale.ROOT),
                    exact(s.actual()), exact(s.target()), exact(s.attainment()), exact(s.expected()),
                    s.statusKey(), s.actualText(), s.targetText(), s.attainmentText());
        }

        /** Without trailing zeros, and never in exponent form: 40, not 40.0000 or 4E+1. */
        private static BigDecimal exact(java.util.Optional<BigDecimal> value) {
            return value.map(v -> {
                BigDecimal stripped = v.stripTrailingZeros();
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            }).orElse(null);
        }
    }

    public record Choice(String value, String label) {
    }

    public record Trend(String kpi, String name, TrendChart chart) {
    }

    public record PersonBoard(Long personId, String personName, boolean own, PeriodView period, List<Score> scores,
            List<Trend> trends) {

        /** This page's address, ready for more query parameters. */
        public String base() {
            return own ? "/kpis?" : "/kpis/people/" + personId + "?";
        }

        /** This very page, period included, to come back to after logging. */
        public String self() {
            return base() + "period=" + period.kind() + "&date=" + period.start();
        }
    }

    public record RepRow(Long personId, String name, List<Score> scores) {
    }

    public record Behind(Long personId, String name, String kpi, String kpiName, String actual, String expected) {
    }

    /** A manager's team for one period; {@code teamId} and {@code attainment} are null for someone who leads no team. */
    public record TeamBoard(Long teamId, String teamName, String timeZone, List<Choice> teams, PeriodView period,
            List<Score> teamScores, List<RepRow> reps, List<Behind> behind, AttainmentChart attainment,
            dev.goose.kpi.funnel.FunnelViews.FunnelReport funnel) {

        /** This page's address, ready for more query parameters. */
        public String base() {
            return "/kpis/team?team=" + teamId + "&";
        }

        public String teamKey() {
            return String.valueOf(teamId);
        }
    }

    public record LeaderRow(int rank, Long personId, String name, Score score) {
    }

    public record Leaderboard(String kpi, String kpiName, PeriodView period, String team, List<Choice> teams,
            List<Choice> kpis, List<LeaderRow> rows) {
    }

    public record AttainmentView(Long personId, String name, PeriodView period, List<ScoreView> kpis) {
    }

    public record TeamAttainmentView(Long teamId, String name, PeriodView period, List<ScoreView> kpis,
            List<AttainmentView> reps) {
    }

    public record LeaderEntry(int rank, Long personId, String name, ScoreView score) {
    }

    public record LeaderboardView(String kpi, PeriodView period, List<LeaderEntry> rows) {
    }
}
