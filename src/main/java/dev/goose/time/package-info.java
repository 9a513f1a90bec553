/**
 * Time as Goose takes it in: the range of dates it accepts from any input. Depends on nothing but
 * the errors package, so that rules can use it without the web layer.
 */
package dev.goose.time;
