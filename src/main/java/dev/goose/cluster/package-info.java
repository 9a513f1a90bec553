/**
 * What lets several nodes share one database safely: named locks for work that must run on one
 * node at a time, and inserts of a row that may exist already that never fail for it.
 */
package dev.goose.cluster;
