package dev.goose.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.github.benmanes.caffeine.cache.Cache;

import dev.goose.cache.Caches;

/**
 * Writes a long text that many responses repeat (a stage script's HTML, the same until a new
 * version) from JSON bytes escaped once, instead of escaping kilobytes of markup on every call.
 * Short texts are written the usual way: remembering them would cost more than it saves.
 */
public final class EncodedOnce extends StdSerializer<String> {

    private static final int LONG = 1_024;
    private static final Cache<String, SerializableString> ENCODED = Caches.keptOutsideContainer("json-encoded-texts", 2_000);

    public EncodedOnce() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (value.length() < LONG) {
            generator.writeString(value);
            return;
        }
        // A quoted JSON string; SerializedString keeps its UTF-8 bytes once asked for them.
        generator.writeRawValue(ENCODED.get(value,
                text -> new SerializedString('"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"')));
    }
}
