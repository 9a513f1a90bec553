package dev.goose.onboarding.newhire;

import java.util.List;

import dev.goose.onboarding.Actor;
import dev.goose.onboarding.EnrollmentReads;
import dev.goose.onboarding.OnboardingCalendar;
import dev.goose.onboarding.OnboardingViews.EnrollmentDetail;
import dev.goose.onboarding.OnboardingViews.ProfileView;
import dev.goose.onboarding.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Onboarding's parts of pages that other features own, for their templates to include as
 * {@code inject:onboarding}: the new hire's card on the home page and the enrollments on a person's
 * profile. Those features need not know onboarding exists.
 */
@Named("onboarding")
@ApplicationScoped
public class OnboardingCards {

    @Inject
    EnrollmentReads reads;

    @Inject
    OnboardingCalendar calendar;

    /**
     * The signed-in person's open enrollments with what is asked of them today. Read through the
     * cache: the home page is opened all day and must not read the database while nothing changed.
     */
    public List<EnrollmentDetail> getHome() {
        return reads.own().stream().filter(Snapshot::open)
                .map(s -> s.detail(Actor.rep(s.personId()), calendar.week(), calendar.today())).toList();
    }

    /** A person's enrollments and their history, for whoever may see the person; read through the cache too. */
    public ProfileView profile(Long personId) {
        return reads.profile(personId);
    }
}
