/**
 * Reminders: what is overdue, due soon or waiting to be read, gathered from every feature that
 * implements {@link dev.goose.reminders.ReminderSource}; the daily digest by email and the banner.
 */
package dev.goose.reminders;
