package dev.goose.onboarding.newhire;

import static dev.goose.testing.Api.as;
import static dev.goose.testing.TestOnboarding.enroll;
import static dev.goose.testing.TestOnboarding.item;
import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static dev.goose.testing.TestPeople.aTeamLedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.reminders.Reminder;
import dev.goose.reminders.Reminders;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestOnboarding;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Onboarding feeds the digest and the banner with the person's overdue and soon-due items. */
@QuarkusTest
class OnboardingRemindersTest {

    @Inject
    Reminders reminders;

    @Test
    void overdueAndSoonDueItemsAreRemindedWithTheirLinksAndTickedOnesAreNot() {
        Person manager = aManager().create();
        Person hire = aRep().onTeam(aTeamLedBy(manager)).create();
        String playbook = TestOnboarding.playbook(manager);
        String title = as(manager).get("/api/v1/playbooks/" + playbook).then().extract().path("version.title");
        LocalDate today = LocalDate.now();
        int id = enroll(manager, playbook, hire, today.minusDays(40).toString());
        as(manager).body(Map.of("date", today.plusDays(2).toString())).put(item(id, "calls", "due")).then().statusCode(200);
        as(hire).body(Map.of()).post(item(id, "shadow", "done")).then().statusCode(200);
        as(hire).body(Map.of()).post(item(id, "pitch", "done")).then().statusCode(200);

        assertThat(reminders.of(hire.id, today)).filteredOn(r -> !r.isUnacknowledged()).extracting(Reminder::kind, Reminder::text, Reminder::link)
                .containsExactly(
                        tuple(Reminder.OVERDUE, title + ": Laptop, email and CRM logins work", "/onboarding/" + id + "#item-setup"),
                        tuple(Reminder.DUE_SOON, title + ": Make your first 100 prospecting calls", "/onboarding/" + id + "#item-calls"));
        PageSession.signedIn(hire).get("/onboarding/" + id).then().statusCode(200)
                .body(containsString("1 item overdue."));
    }
}
