/**
 * Incentive plans as a playbook's {@code plan} block states them, and the pay they compute: plain Java
 * with exact money, so that every line a statement shows can be checked by hand.
 */
package dev.goose.incentive.plan;
