package dev.goose.kpi.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The funnel report's requests and views, for the API and the pages alike. */
public final class FunnelViews {

    private FunnelViews() {
    }

    /**
     * Which deals to count: those of a pipeline (key or id; the default one when blank), of a team
     * or one person or else all the viewer sees, created between two dates (ISO text, read in the
     * viewer's team zone; the last 90 days ending today when blank). Ids come as text, as typed.
     */
    public record FunnelQuery(String pipeline, String team, String person, String from, String to) {

        public static FunnelQuery ofTeam(Long team) {
            return new FunnelQuery(null, team.toString(), null, null, null);
        }
    }

    /**
     * One stage of the funnel. Conversion is the exact quotient, {@code null} for the last stage and
     * when no deal entered; days are exact decimals, {@code null} without a completed stay.
     */
    public record StageRow(String stage, String name, int entered, int advanced, BigDecimal conversion,
            String conversionDisplay, BigDecimal medianDays, BigDecimal averageDays) {

        public String medianDisplay() {
            return days(medianDays);
        }

        public String averageDisplay() {
            return days(averageDays);
        }

        private static String days(BigDecimal days) {
            return days == null ? "-" : days.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * The funnel of the chosen deals, stages in pipeline order.
     *
     * @param scope        who the deals belong to, in words: "Team North", "Ana Rep", "Everyone you see"
     * @param biggestDrop  the key of the stage with the lowest conversion, {@code null} when no deal entered one
     */
    public record FunnelReport(String pipeline, String pipelineName, String scope, LocalDate from, LocalDate to,
            List<StageRow> stages, String biggestDrop) {
    }

    /** Conversion out of a stage for the deals that met one script version on entering it. */
    public record VersionRow(String version, int deals, int advanced, BigDecimal conversion, String conversionDisplay) {

        /** For the small bar beside the row: the conversion as a whole percentage, 0 without deals. */
        public int percent() {
            return conversion == null ? 0 : conversion.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
        }
    }

    /** Script effectiveness for one stage: versions oldest first, "no script" last. */
    public record ScriptReport(String pipeline, String stage, String stageName, LocalDate from, LocalDate to,
            List<VersionRow> versions) {
    }

    /** An option of a select on the report's filter form. */
    public record Choice(String value, String label) {
    }

    /** The filter form as chosen, the options it offers, and both reports. */
    public record FunnelPage(FunnelQuery query, String stage, List<Choice> pipelines, List<Choice> teams,
            List<Choice> people, List<Choice> stages, FunnelReport funnel, ScriptReport scripts) {
    }
}
