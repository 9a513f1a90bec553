package dev.goose.reminders;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.PageSession;
import dev.goose.testing.TestDeals;
import dev.goose.testing.TestPlaybook;
import dev.goose.testing.TestReminders;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BannerTest {

    @Test
    void aMajorVersionPutsTheBannerOnEveryPageUntilItIsAcknowledged() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        TestPlaybook.readEverything(rep);
        PageSession session = PageSession.signedIn(rep);
        session.get("/").then().statusCode(200).body(not(containsString("reminder-banner")));

        int deal = TestDeals.create(rep, TestDeals.deal("Bannered"));
        playbook.publishMajor("Ask who owns the budget.");
        // The deal page twice: made on a worker while the banner is not in memory, then from memory.
        for (String page : List.of("/deals/" + deal, "/deals/" + deal, "/", "/deals", "/playbooks")) {
            session.get(page).then().statusCode(200)
                    .body(containsString("id=\"reminder-banner\""))
                    .body(containsString("You have 1 playbook to read."));
        }
        session.postForm("/to-read/" + playbook.slug() + "/acknowledge", "version", "2").then().statusCode(303);
        session.get("/").then().statusCode(200).body(not(containsString("reminder-banner")));
    }

    @Test
    void overdueWorkFromAnotherFeatureShowsInTheBannerAndOnTheToReadPage() {
        Person rep = aRep().create();
        TestPlaybook.readEverything(rep);
        TestReminders.give(rep, TestReminders.overdue("Shadow three discovery calls", LocalDate.now().minusDays(1)),
                TestReminders.dueSoon("Pass the product certification", LocalDate.now().plusDays(2)));
        PageSession session = PageSession.signedIn(rep);
        session.get("/").then().statusCode(200).body(containsString("You have 1 item overdue."));
        session.get("/to-read").then().statusCode(200)
                .body(containsString("Also waiting for you"))
                .body(containsString("Shadow three discovery calls"))
                .body(containsString("Pass the product certification"))
                .body(containsString("Nothing to acknowledge"));
    }

    @Test
    void theBannerIsReadOnceNotOnEveryPageView() {
        Person rep = aRep().create();
        TestReminders.give(rep, TestReminders.overdue("Something overdue", LocalDate.now().minusDays(3)));
        PageSession session = PageSession.signedIn(rep);
        session.get("/").then().statusCode(200).body(containsString("1 item overdue"));
        int afterFirstView = TestReminders.calls(rep);
        for (int i = 0; i < 5; i++) {
            session.get(i % 2 == 0 ? "/" : "/playbooks").then().statusCode(200).body(containsString("1 item overdue"));
        }
        assertThat(afterFirstView).isPositive();
        assertThat(TestReminders.calls(rep)).isEqualTo(afterFirstView);
    }

    @Test
    void nobodySignedInSeesNoBanner() {
        PageSession.anonymous().get("/login").then().statusCode(200).body(not(containsString("reminder-banner")));
    }
}
