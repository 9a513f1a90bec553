package dev.goose.people;

/**
 * Fired inside the transaction that adds a person through {@link PeopleService}, so that other
 * features can set them up (onboarding enrolls new reps) and fail the addition with them if they must.
 */
public record PersonCreated(Long personId) {
}
