/**
 * Onboarding: enrollments pinned to a playbook version, item states, due dates and sign-off, progress
 * and upgrades that keep completions; the rules, the entities, the services and the JSON API.
 */
package dev.goose.onboarding;
