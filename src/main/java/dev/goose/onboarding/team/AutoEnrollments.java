package dev.goose.onboarding.team;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jboss.logging.Logger;

import dev.goose.errors.InvalidInput;
import dev.goose.onboarding.EnrollmentService;
import dev.goose.onboarding.OnboardingCalendar;
import dev.goose.onboarding.OnboardingViews.AutoEnrollmentRule;
import dev.goose.people.CurrentPerson;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import dev.goose.people.PersonCreated;
import dev.goose.people.Role;
import dev.goose.playbook.Playbooks.PlaybookInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The admin's rule for new reps: the onboarding playbooks every rep added from now on is enrolled
 * in, starting on their hire date, pinned to the version published at that moment.
 */
@ApplicationScoped
public class AutoEnrollments {

    private static final Logger LOG = Logger.getLogger(AutoEnrollments.class);
    static final int MAX_PLAYBOOKS = 20;

    @Inject
    Clock clock;

    @Inject
    CurrentPerson current;

    @Inject
    EnrollmentService enrollments;

    @Inject
    OnboardingCalendar calendar;

    /** The playbooks of the rule, by slug. */
    @Transactional
    public AutoEnrollmentRule rule() {
        return new AutoEnrollmentRule(AutoEnrollment.rule().stream().map(PlaybookInfo::slug).toList());
    }

    /** Replaces the rule; every playbook must be a published onboarding playbook, or nothing changes. */
    @Transactional
    public AutoEnrollmentRule setRule(AutoEnrollmentRule rule) {
        List<String> slugs = rule == null || rule.playbooks() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(rule.playbooks()));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.require(slugs.size() <= MAX_PLAYBOOKS, "playbooks", "Choose at most " + MAX_PLAYBOOKS + " playbooks.");
        List<EnrollmentService.Onboarding> chosen = new ArrayList<>();
        for (String slug : slugs) {
            EnrollmentService.Onboarding onboarding = slug == null ? null : EnrollmentService.publishedOnboarding(slug, "playbooks", errors);
            if (onboarding != null) {
                chosen.add(onboarding);
            }
        }
        errors.throwIfAny();
        AutoEnrollment.deleteAll();
        Long me = current.id();
        Instant now = clock.instant();
        for (EnrollmentService.Onboarding onboarding : chosen) {
            AutoEnrollment row = new AutoEnrollment();
            row.playbookId = onboarding.playbook().id();
            row.setById = me;
            row.setAt = now;
            row.persist();
        }
        return rule();
    }

    /**
     * Enrolls a rep just added, in the transaction that adds them. A playbook of the rule that can
     * no longer take enrollments (unpublished, changed kind, emptied) is passed over with a warning,
     * so that adding a person never fails for it.
     */
    void onPersonCreated(@Observes PersonCreated created) {
        Member person = People.byId(created.personId()).orElse(null);
        if (person == null || person.role() != Role.REP || !person.active()) {
            return;
        }
        Instant now = clock.instant()
;
        for (PlaybookInfo playbook : AutoEnrollment.rule()) {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            EnrollmentService.Onboarding onboarding = EnrollmentService.publishedOnboarding(playbook.slug(), "playbook", problems);
            if (onboarding == null) {
                LOG.warnf("Not enrolling %s in %s by the rule for new reps: it cannot take enrollments", person.email(),
                        playbook.slug());
                continue;
            }
            enrollments.start(person.id(), onboarding.version(), person.hireDate() != null ? person.hireDate() : calendar.today(), null, now);
        }
    }
}
