/**
 * People and teams: who works in Goose, in which role, on which team and under which manager,
 * and who may see whom.
 */
package dev.goose.people;
