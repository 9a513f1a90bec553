/**
 * Imports that run as jobs: a record of each one's progress, kept in the database so that any node
 * can show it, and the page that follows it. Deals and measurements use it; it asks people only who
 * is signed in.
 */
package dev.goose.imports;
