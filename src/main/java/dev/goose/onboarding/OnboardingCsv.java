package dev.goose.onboarding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.TeamRow;

/** The manager's team view as CSV, one row per enrollment, for a spreadsheet. Plain Java. */
public final class OnboardingCsv {

    public static final List<String> COLUMNS = List.of("person", "team", "playbook", "version", "current_version",
            "start_date", "days_since_start", "percent_done", "percent_expected", "status", "overdue",
            "awaiting_sign_off", "completed_on");

    private OnboardingCsv() {
    }

    public static String write(List<TeamRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (TeamRow row : rows) {
                EnrollmentView e = row.enrollment();
                printer.printRecord(cell(e.personName()), cell(e.teamName()), cell(e.playbookTitle()), e.version(),
                        e.currentVersion(), e.startDate(), e.daysSinceStart(), e.percentDone(), e.percentExpected(),
                        e.open() ? e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : "completed",
                        e.overdue(), e.awaitingSignOff(), e.completedOn() == null ? "" : e.completedOn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Text as a spreadsheet will show it: a cell starting with =, +, - or @ would be run as a formula,
     * so it gets a leading apostrophe. Names and titles come from people, not from Goose.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
