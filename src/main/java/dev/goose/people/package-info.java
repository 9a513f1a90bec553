/**
 * People and teams: who works in Goose, in which role, on which team and under which manager,
 * and who may see whom; the home page and the viewer that the layout shows on every page.
 */
package dev.goose.people;
