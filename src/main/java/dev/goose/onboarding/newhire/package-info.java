/**
 * The new hire's side of onboarding: their checklist page, its cards on the home page and their
 * reminders.
 */
package dev.goose.onboarding.newhire;
