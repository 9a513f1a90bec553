/**
 * Onboarding: enrollments pinned to a playbook version, due dates, item states and sign-off,
 * progress, upgrades to a newer version that keep completions, and read acknowledgements.
 */
package dev.goose.onboarding;
