/**
 * The few ways a use case may end other than in success, each with a message safe to show. Every
 * feature throws them; only the web layer turns them into problem+json or an error page. Depends on nothing.
 */
package dev.goose.errors;
