package dev.goose.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DigestTest {

    private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);

    @Test
    void nothingToReportMeansNoEmail() {
        assertThat(Digest.compose("Rita", List.of(), "https://goose.example")).isNull();
    }

    @Test
    void overdueComesFirstThenDueSoonThenWhatIsToReadEachWithItsFullLink() {
        Digest digest = Digest.compose("Rita", List.of(
                new Reminder(Reminder.OVERDUE, "Shadow three calls", "/onboarding/items/shadow", MAY_4),
                new Reminder(Reminder.DUE_SOON, "Pass the certification", "/onboarding/items/cert", MAY_4.plusDays(3)),
                new Reminder(Reminder.UNACKNOWLEDGED, "Sales stages, version 3", "/to-read/sales/stages", null)),
                "https://goose.example/");
        assertThat(digest.subject()).isEqualTo("Goose: 1 overdue, 1 due soon, 1 playbook to read");
        assertThat(digest.text()).startsWith("Hello Rita,")
                .contains("- Shadow three calls (due 2027-05-04)\n  https://goose.example/onboarding/items/shadow")
                .contains("- Sales stages, version 3\n  https://goose.example/to-read/sales/stages")
                .contains("https://goose.example/to-read\n");
        assertThat(digest.text().indexOf("Overdue:")).isLessThan(digest.text().indexOf("Due soon:"));
        assertThat(digest.text().indexOf("Due soon:")).isLessThan(digest.text().indexOf("To read and acknowledge:"));
    }

    @Test
    void onlyTheKindsThereAreAreCountedAndListed() {
        Digest digest = Digest.compose("Rick", List.of(
                new Reminder(Reminder.UNACKNOWLEDGED, "A", "/to-read/a", null),
                new Reminder(Reminder.UNACKNOWLEDGED, "B", "https://elsewhere.example/b", null)), "http://localhost:8080");
        assertThat(digest.subject()).isEqualTo("Goose: 2 playbooks to read");
        assertThat(digest.text()).doesNotContain("Overdue").doesNotContain("Due soon")
                .contains("http://localhost:8080/to-read/a").contains("  https://elsewhere.example/b");
    }

    @Test
    void remindersSortLateThingsFirstAndByDueDateWithin() {
        Reminder read = new Reminder(Reminder.UNACKNOWLEDGED, "Read", "/to-read/x", null);
        Reminder soon = new Reminder(Reminder.DUE_SOON, "Soon", null, MAY_4.plusDays(2));
        Reminder later = new Reminder(Reminder.OVERDUE, "Later", null, MAY_4);
        Reminder earlier = new Reminder(Reminder.OVERDUE, "Earlier", null, MAY_4.minusDays(5));
        assertThat(List.of(read, soon, later, earlier).stream().sorted(Reminders.ORDER).toList())
                .containsExactly(earlier, later, soon, read);
    }

    @Test
    void aReminderOfAnUnknownKindOrWithoutTextIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Reminder("someday", "x", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Reminder(Reminder.OVERDUE, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
