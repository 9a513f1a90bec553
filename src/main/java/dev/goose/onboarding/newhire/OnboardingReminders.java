package dev.goose.onboarding.newhire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.goose.onboarding.Agenda;
import dev.goose.onboarding.EnrollmentReads;
import dev.goose.onboarding.OnboardingCalendar;
import dev.goose.onboarding.Snapshot;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.playbook.markdown.ChecklistItem;
import dev.goose.reminders.Reminder;
import dev.goose.reminders.ReminderSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Onboarding's part of the daily digest and the banner: the open items of a person's open
 * enrollments that are overdue, and those due within the week ahead, as their checklist lists them.
 * Items waiting for a sign-off are the manager's to act on, not the person's, and are left out.
 */
@ApplicationScoped
class OnboardingReminders implements ReminderSource {

    @Inject
    EnrollmentReads reads;

    @Inject
    OnboardingCalendar calendar;

    @Override
    @Transactional
    public List<Reminder> remindersFor(Long personId, LocalDate today) {
        if (People.byId(personId).filter(Member::active).isEmpty()) {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        for (Snapshot enrollment : reads.ofPerson(personId)) {
            if (!enrollment.open()) {
                continue;
            }
            Agenda agenda = Agenda.of(enrollment.checklist(), enrollment.start(), calendar.week(), today);
            Map<String, LocalDate> due = enrollment.checklist().dueDates(enrollment.start(), calendar.week());
            agenda.overdue().forEach(item -> reminders.add(reminder(Reminder.OVERDUE, enrollment, item, due)));
            agenda.today().forEach(item -> reminders.add(reminder(Reminder.DUE_SOON, enrollment, item, due)));
            agenda.thisWeek().forEach(item -> reminders.add(reminder(Reminder.DUE_SOON, enrollment, item, due)));
        }
        return reminders;
    }

    private static Reminder reminder(String kind, Snapshot enrollment, ChecklistItem item, Map<String, LocalDate> due) {
        return new Reminder(kind, enrollment.playbookTitle() + ": " + item.text(),
                "/onboarding/" + enrollment.id() + "#item-" + item.id(), due.get(item.id()));
    }
}
