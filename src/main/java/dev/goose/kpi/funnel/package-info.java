/**
 * The funnel report and script effectiveness: which deals a viewer may count, their stage
 * histories read as one projection, the report as JSON and as a page with a server-drawn SVG.
 */
package dev.goose.kpi.funnel;
