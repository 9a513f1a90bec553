/**
 * Signing in: built-in accounts (form, sessions in the database, HTTP Basic for the API, lockout)
 * or Keycloak over OIDC, and turning either into a Goose person with a role.
 */
package dev.goose.people.signin;
