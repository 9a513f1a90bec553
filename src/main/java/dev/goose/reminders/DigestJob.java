package dev.goose.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;

import dev.goose.people.People;
import dev.goose.time.Clocks;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The daily digest: one email to each active person with something overdue, due soon or waiting to
 * be read; nobody else gets one. It runs once a day across all nodes: the first node to claim the day
 * sends it. Each email is sent outside any transaction, so a slow mail server holds no lock.
 */
@ApplicationScoped
class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    private record Recipient(Long id, String name, String email) {
    }

    @Inject
    Clock clock;

    @Inject
    Reminders reminders;

    @Inject
    Mailer mailer;

    @Inject
    ReminderConfig config;

    @Scheduled(identity = "reminder-digest", cron = "${goose.reminders.cron:0 0 7 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        send(Clocks.serverToday(clock));
    }

    /**
     * Sends the digest for the day, unless it was sent already (by this node or another). A person
     * whose email fails is logged and skipped; the day stays claimed, so nobody gets it twice.
     *
     * @return how many emails went out
     */
    int send(LocalDate day) {
        if (!QuarkusTransaction.requiringNew().call(() -> DigestRun.claim(day, clock.instant())
)) {
            LOG.infof("The reminder digest for %s was sent already", day);
            return 0;
        }
        List<Recipient> people = QuarkusTransaction.requiringNew().call(() -> People.allActive()
                .stream().map(p -> new Recipient(p.id(), p.name(), p.email())).toList());
        int sent = 0;
        for (Recipient person : people) {
            Digest digest = Digest.compose(person.name(), reminders.of(person.id(), day), config.baseUrl());
            if (digest != null && deliver(person, digest)) {
                sent++;
            }
        }
        int total = sent;
        QuarkusTransaction.requiringNew().run(() -> DigestRun.<DigestRun>findByIdOptional(day).ifPresent(run -> run.sent = total));
        LOG.infof("Reminder digest for %s: %d emails sent", day, total);
        return total;
    }

    private boolean deliver(Recipient person, Digest digest) {
        try {
            mailer.send(Mail.withText(person.email(), digest.subject(), digest.text()));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("The reminder digest for person %d could not be sent: %s", person.id(), e.getMessage());
            return false;
        }
    }
}
