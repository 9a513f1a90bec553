/**
 * KPIs: periods in a team's time zone, attainment and pace against targets, ramped targets for
 * new reps, the stage funnel, script effectiveness by guide version, and checks on measurements.
 */
package dev.goose.kpi;
