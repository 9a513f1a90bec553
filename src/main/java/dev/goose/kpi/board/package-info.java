/**
 * Numbers out: the actuals of every KPI (summed from measurements or derived from deals), targets
 * after ramps, attainment and pace per rep and team, leaderboards, the charts, the rep's page and
 * the manager's dashboard.
 */
package dev.goose.kpi.board;
