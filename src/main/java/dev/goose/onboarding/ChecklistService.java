package dev.goose.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.goose.errors.InvalidInput;
import dev.goose.errors.NotAllowed;
import dev.goose.onboarding.EnrollmentEvent.Step;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.EnrollmentView;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People.Member;
import dev.goose.playbook.markdown.ChecklistItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Work on a person's checklist: ticking, signing off, sending back, skipping and reopening items,
 * and moving due dates. Every change is checked by {@link ItemRules} against the caller's capacity
 * on the enrollment; a refused change stores nothing.
 */
@ApplicationScoped
public class ChecklistService {

    static final int MAX_SHIFT_DAYS = 365;

    /** One change of one item's progress, given the item, the actor and the time. */
    @FunctionalInterface
    interface Change {
        ItemProgress apply(ItemProgress progress, ChecklistItem item, Actor actor, Instant at);
    }

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    OnboardingAccess access;

    @Inject
    OnboardingCalendar calendar;

    /** Ticks an item, with an optional note and link; an item that needs sign-off then waits for it. */
    @Transactional
    public EnrollmentDetail tick(Long enrollment, String item, String note, String link) {
        return change(enrollment, item, (p, i, actor, at) -> p.complete(i, actor, new Evidence(note, link), at));
    }

    /** A manager signs off a ticked item, with an optional comment. */
    @Transactional
    public EnrollmentDetail signOff(Long enrollment, String item, String comment) {
        return change(enrollment, item, (p, i, actor, at) -> p.signOff(i, actor, comment, at));
    }

    /** A manager sends a ticked item back, saying what is missing. */
    @Transactional
    public EnrollmentDetail sendBack(Long enrollment, String item, String comment) {
        return change(enrollment, item, (p, i, actor, at) -> p.sendBack(i, actor, comment, at));
    }

    /** A manager excuses the person from an item, with the reason. */
    @Transactional
    public EnrollmentDetail skip(Long enrollment, String item, String reason) {
        return change(enrollment, item, (p, i, actor, at) -> p.skip(i, actor, reason, at));
    }

    /** Undoes a tick, a skip or a sign-off, as far as the caller may. */
    @Transactional
    public EnrollmentDetail reopen(Long enrollment, String item) {
        return change(enrollment, item, (p, i, actor, at) -> p.reopen(i, actor, at));
    }

    /** A manager sets this person's due date for one item; {@code null} returns it to the playbook's rule. */
    @Transactional
    public EnrollmentDetail moveDue(Long enrollment, String item, LocalDate date) {
        return change(enrollment, item, (p, i, actor, at) -> {
            // Checked after the rules, so that a rep hears they may not, rather than that the date is wrong.
            ItemProgress moved = p.moveDue(i, actor, date);
            LocalDate start = Enrollment.<Enrollment>findById(enrollment).startDate; // already loaded, locked
            if (date != null && date.isBefore(start)) {
                throw InvalidInput.of("date", "Choose a date on or after the start, " + start + ".");
            }
            return moved;
        });
    }

    /**
     * Moves the due date of every unfinished item with one by a number of days, for each of the
     * enrollments: all of them or none. Finished items keep theirs, which are history by now. A date
     * that lands on a day nobody works moves on to the next working day, as counted dates do. The
     * length of a list of many is the request's shape, checked before this is called.
     */
    @Transactional
    public List<EnrollmentView> shiftDue(List<Long> enrollments, Integer days) {
        if (enrollments == null || enrollments.isEmpty()) {
            throw InvalidInput.of("enrollments", "Choose at least one enrollment.");
        }
        Member me = current.member();
        List<StoredChecklist> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(enrollments)) {
            Enrollment enrollment = access.lockedFor(me, id);
            // Who may comes first, as in the item rules: a rep hears that they may not, not that the number is wrong.
            if (!access.actorFor(me, enrollment.personId).isManager()) {
                throw new NotAllowed("Only a manager can move due dates.");
            }
            chosen.add(StoredChecklist.of(enrollment));
        }
        if (days == null || days == 0 || Math.abs(days) > MAX_SHIFT_DAYS) {
            throw InvalidInput.of("days", "Give a number of days from -" + MAX_SHIFT_DAYS + " to " + MAX_SHIFT_DAYS
                    + ", other than 0; negative moves dates earlier.");
        }
        Instant now = clock.instant()
;
        WorkingWeek week = calendar.week();
        Actor actor = Actor.manager(me.id());
        List<EnrollmentView> moved = new ArrayList<>();
        for (StoredChecklist stored : chosen) {
            Enrollment enrollment = stored.enrollment();
            Checklist checklist = stored.checklist();
            int count = 0;
            for (Map.Entry<String, LocalDate> due : checklist.dueDates(enrollment.startDate, week).entrySet()) {
                ItemProgress before = checklist.progressOf(due.getKey());
                if (!before.state().isFinished()) {
                    LocalDate date = week.workingDayOnOrAfter(due.getValue().plusDays(days));
                    stored.save(before, before.moveDue(checklist.item(due.getKey()), actor, date));
                    count++;
                }
            }
            String plural = Math.abs(days) == 1 ? "" : "s";
            EnrollmentEvent.of(enrollment, Step.DUE_MOVED, me.id(), true, now, "Moved " + count + " due date"
                    + (count == 1 ? "" : "s") + " by " + days + " day" + plural + ".").persist();
            moved.add(Snapshot.of(stored).view(week, calendar.today()));
        }
        return moved;
    }

    private EnrollmentDetail change(Long id, String itemId, Change change) {
        Member me = current.member();
        Enrollment enrollment = access.lockedFor(me, id);
        Actor actor = access.actorFor(me, enrollment.personId);
        StoredChecklist stored = StoredChecklist.of(enrollment);
        Checklist checklist = stored.checklist();
        ChecklistItem item = checklist.item(itemId == null ? "" : itemId);
        ItemProgress before = checklist.progressOf(item.id());
        Instant now = clock.instant()
;
        stored.save(before, change.apply(before, item, actor, now));
        stored.knows(me);
        stored.settle(calendar, me, actor.isManager(), now);
        return Snapshot.of(stored).detail(actor, calendar.week(), calendar.today());
    }
}
