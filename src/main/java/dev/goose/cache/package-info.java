/**
 * Read caches that stay correct: every committed write to cached data empties the caches that read
 * it, on this node at once and on the other nodes through PostgreSQL notifications; a short
 * lifetime bounds what a missed notification could leave behind.
 */
package dev.goose.cache;
