package dev.goose.reminders;

import static dev.goose.testing.TestPeople.aManager;
import static dev.goose.testing.TestPeople.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.goose.people.Person;
import dev.goose.testing.TestPlaybook;
import dev.goose.testing.TestReminders;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class DigestJobTest {

    /** Each test sends the digest of a day of its own: a day is sent only once per database. */
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Inject
    DigestJob job;

    @Inject
    MockMailbox mailbox;

    private static LocalDate aFreshDay() {
        return LocalDate.now().plusYears(100).plusDays(DAYS.incrementAndGet());
    }

    @Test
    void aPersonWithSomethingToReportGetsOneEmailWithEverythingAndItsLinks() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).forAudience("rep").publish();
        LocalDate day = aFreshDay();
        TestReminders.give(rep, TestReminders.overdue("Shadow three discovery calls", day.minusDays(2)),
                TestReminders.dueSoon("Pass the product certification", day.plusDays(3)));

        assertThat(job.send(day)).isPositive();

        List<Mail> mails = mailbox.getMailsSentTo(rep.email);
        assertThat(mails).hasSize(1);
        Mail mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("Goose: 1 overdue, 1 due soon, ").endsWith("to read");
        assertThat(mail.getText()).contains("Hello " + rep.name)
                .contains("- Shadow three discovery calls (due " + day.minusDays(2) + ")")
                .contains("http://localhost:8080/onboarding/overdue")
                .contains(playbook.title() + ", version 1: new to you\n  http://localhost:8080/to-read/" + playbook.slug());
        assertThat(mail.getText().indexOf("Shadow three")).isLessThan(mail.getText().indexOf("Pass the product"));
        assertThat(mail.getText().indexOf("Pass the product")).isLessThan(mail.getText().indexOf(playbook.title()));
    }

    @Test
    void peopleWithNothingToReportAndInactivePeopleGetNoEmail() {
        Person upToDate = aRep().create();
        TestPlaybook.readEverything(upToDate);
        Person gone = aRep().inactive().create();
        LocalDate day = aFreshDay();
        TestReminders.give(gone, TestReminders.overdue("Something overdue", day.minusDays(1)));

        job.send(day);

        assertThat(mailbox.getMailsSentTo(upToDate.email)).isEmpty();
        assertThat(mailbox.getMailsSentTo(gone.email)).isEmpty();
    }

    @Test
    void theDigestGoesOutOnceADayHoweverManyNodesRunIt() throws Exception {
        Person rep = aRep().create();
        LocalDate day = aFreshDay();
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> runs = List.of(() -> job.send(day), () -> job.send(day), () -> job.send(day));
        int sending = 0;
        for (Future<Integer> run : nodes.invokeAll(runs)) {
            sending += run.get() > 0 ? 1 : 0;
        }
        nodes.shutdown();

        assertThat(sending).isEqualTo(1);
        assertThat(mailbox.getMailsSentTo(rep.email)).hasSize(1);
        assertThat(job.send(day)).isZero();
        assertThat(mailbox.getMailsSentTo(rep.email)).hasSize(1);
    }

    @Test
    void aFeatureWhoseRemindersFailLeavesOnlyItsOwnOut() {
        Person manager = aManager().create();
        Person rep = aRep().create();
        TestPlaybook playbook = TestPlaybook.by(manager).publish();
        TestReminders.breakFor(rep);

        job.send(aFreshDay());

        assertThat(mailbox.getMailsSentTo(rep.email)).singleElement()
                .satisfies(mail -> assertThat(mail.getText()).contains(playbook.title()).doesNotContain("Overdue"));
    }
}
