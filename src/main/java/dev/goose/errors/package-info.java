/**
 * The few ways a use case may end other than in success, each with a message safe to show. Every
 * feature throws them; only the web layer turns them into problem+json or an error page. Depends on
 * nothing but the Bean Validation API, whose violations of a request's shape it names like its own.
 */
package dev.goose.errors;
