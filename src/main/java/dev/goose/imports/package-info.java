/**
 * Imports that run as jobs: a record of each one's progress, kept in the database so that any node
 * can show it, and the page that follows it. Depends on no feature; deals and measurements use it.
 */
package dev.goose.imports;
