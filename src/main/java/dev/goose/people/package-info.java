/**
 * People and teams: who works in Goose, in which role, on which team and under which manager,
 * and who may see whom; the home page and the viewer that the layout shows on every page.
 * {@code signin} holds how a person proves who they are: built-in accounts and their sessions and
 * tokens, or Keycloak; it is part of this feature since it writes the person's own record.
 */
package dev.goose.people;
