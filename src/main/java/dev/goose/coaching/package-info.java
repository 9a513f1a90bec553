/**
 * Coaching: who needs help with what, from the numbers Goose already holds, leading to the playbook
 * section that helps. {@code signal} holds the rules, plain Java with their thresholds.
 */
package dev.goose.coaching;
