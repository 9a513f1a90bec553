package dev.goose.onboarding.team;

import java.util.Arrays;
import java.util.List;

import dev.goose.csv.SpreadsheetCsv;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.TeamRow;

/** The manager's team view as CSV, one row per enrollment, for a spreadsheet. Plain Java. */
public final class OnboardingCsv {

    public static final List<String> COLUMNS = List.of("person", "team", "playbook", "version", "current_version",
            "start_date", "days_since_start", "percent_done", "percent_expected", "status", "overdue",
            "awaiting_sign_off", "completed_on");

    private OnboardingCsv() {
    }

    /** Every cell goes through the shared writer, which keeps text from running as a formula. */
    public static String write(List<TeamRow> rows) {
        return SpreadsheetCsv.write(COLUMNS, rows.stream().map(OnboardingCsv::cells).toList());
    }

    private static List<Object> cells(TeamRow row) {
        EnrollmentView e = row.enrollment();
        return Arrays.asList(e.personName(), e.teamName(), e.playbookTitle(), e.version(), e.currentVersion(), e.startDate(),
                e.daysSinceStart(), e.percentDone(), e.percentExpected(),
                e.open() ? e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : "completed",
                e.overdue(), e.awaitingSignOff(), e.completedOn());
    }

    /** Text as a spreadsheet will show it, by the rule every export shares. */
    static String cell(String text) {
        return SpreadsheetCsv.cell(text);
    }
}
