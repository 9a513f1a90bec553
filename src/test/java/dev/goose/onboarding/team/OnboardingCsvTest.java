package dev.goose.onboarding.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.onboarding.OnboardingViews.TeamRow;
import dev.goose.onboarding.Progress;

@Tag("unit")
class OnboardingCsvTest {

    private static EnrollmentView enrollment(String person, boolean open) {
        return new EnrollmentView(1L, 2L, person, "Mid-market", "ramp", "Ramp, first 90 days", 1, 2, open,
                LocalDate.of(2027, 3, 1), 10, open, open ? null : LocalDate.of(2027, 5, 28), 4, 1, 2, 25, 50, 1, 0,
                Progress.Status.BEHIND);
    }

    @Test
    void eachEnrollmentIsARowWithItsProgressAndAQuotedTitle() {
        String csv = OnboardingCsv.write(List.of(new TeamRow(enrollment("Nina Newhire", true), List.of()),
                new TeamRow(enrollment("Rick Rep", false), List.of())));
        assertThat(csv.lines()).containsExactly(
                "person,team,playbook,version,current_version,start_date,days_since_start,percent_done,percent_expected,"
                        + "status,overdue,awaiting_sign_off,completed_on",
                "Nina Newhire,Mid-market,\"Ramp, first 90 days\",1,2,2027-03-01,10,25,50,behind,1,0,",
                "Rick Rep,Mid-market,\"Ramp, first 90 days\",1,2,2027-03-01,10,25,50,completed,1,0,2027-05-28");
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String csv = OnboardingCsv.write(List.of(new TeamRow(enrollment("=HYPERLINK(\"http://x\")", true), List.of())));
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
