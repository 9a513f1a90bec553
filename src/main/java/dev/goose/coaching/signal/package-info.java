/**
 * The coaching signals' rules, plain Java: each takes the facts it judges (counts, days, rates, as the
 * features that own them report them) and says, in words with the numbers, whether a manager should
 * look, how urgently, at what evidence and with which section of the playbook. Snoozing hides a
 * signal until its numbers change.
 */
package dev.goose.coaching.signal;
