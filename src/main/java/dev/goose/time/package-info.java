/**
 * Time as Goose takes it in: the range of dates it accepts from any input, and the one injected
 * {@link java.time.Clock} that services read "now" and "today" from, so that tests can set it.
 * Depends on nothing but the errors package, so that rules can use it without the web layer.
 */
package dev.goose.time;
