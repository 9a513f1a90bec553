package dev.goose.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well formed and of the right type but that Goose does not take (a NUL in a
 * text, a date in the year 999,999,999). Jackson adds the path as it unwinds, so the answer names
 * the field, and the message says what to change.
 */
class RefusedValue extends JsonMappingException {

    RefusedValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
