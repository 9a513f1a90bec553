package dev.goose.playbook.acknowledgement;

import java.time.LocalDate;
import java.util.List;

import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.playbook.acknowledgement.ReadingViews.ToRead;
import dev.goose.reminders.Reminder;
import dev.goose.reminders.ReminderSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reminds people of the playbook versions they have yet to acknowledge. */
@ApplicationScoped
class UnreadReminders implements ReminderSource {

    @Inject
    AcknowledgementService acknowledgements;

    @Override
    @Transactional
    public List<Reminder> remindersFor(Long personId, LocalDate today) {
        return People.byId(personId).filter(Member::active)
                .map(person -> acknowledgements.toRead(person.id(), person.role()).stream().map(UnreadReminders::reminder).toList())
                .orElse(List.of());
    }

    private static Reminder reminder(ToRead playbook) {
        String why = playbook.since() == null ? "new to you" : "a major change since version " + playbook.since() + ", the one you read";
        return new Reminder(Reminder.UNACKNOWLEDGED, playbook.title() + ", version " + playbook.version() + ": " + why,
                playbook.link(), null);
    }
}
