/**
 * The team's side of onboarding: the manager's view of the team's progress, automatic enrollment of
 * new reps, the CSV export and the demo enrollments.
 */
package dev.goose.onboarding.team;
