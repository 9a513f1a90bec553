/**
 * KPI targets: setting them one by one or as a grid of reps by KPIs, the rule that targets of one
 * KPI, subject and kind never overlap, and ramped values for new reps.
 */
package dev.goose.kpi.target;
