package dev.goose.onboarding.team;

import java.time.Clock;

import org.jboss.logging.Logger;

import dev.goose.cluster.AppLock;
import dev.goose.errors.InvalidInput;
import dev.goose.onboarding.Enrollment;
import dev.goose.onboarding.EnrollmentService;
import dev.goose.people.DemoTeam;
import dev.goose.people.People;
import dev.goose.people.People.Member;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * In dev mode, the demo new hire starts enrolled in the shipped onboarding playbook, so that a first
 * `quarkus:dev` shows a checklist and a team view. It runs after the playbook folder is synced.
 */
@ApplicationScoped
class DemoOnboarding {

    private static final Logger LOG = Logger.getLogger(DemoOnboarding.class);
    static final String PLAYBOOK = "onboarding/new-rep-30-60-90";

    @Inject
    Clock clock;

    @Inject
    EnrollmentService enrollments;

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (!DemoTeam.shown()) {
            return;
        }
        AppLock.acquire(AppLock.FIRST_START);
        Member hire = People.byEmail(DemoTeam.NEW_HIRE).orElse(null);
        Member manager = People.byEmail(DemoTeam.MANAGER).orElse(null);
        if (hire == null || manager == null || !Enrollment.ofPerson(hire.id()).isEmpty()) {
            return;
        }
        EnrollmentService.Onboarding onboarding = EnrollmentService.publishedOnboarding(PLAYBOOK, "playbook", new InvalidInput.Collector());
        if (onboarding == null) {
            return;
        }
        enrollments.start(hire.id(), onboarding.version(), hire.hireDate(), manager.id(), clock.instant());
        LOG.infof("Demo: %s enrolled in %s", hire.email(), PLAYBOOK);
    }
}
