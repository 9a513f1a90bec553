package dev.goose.playbook;

import dev.goose.playbook.markdown.Kind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores kinds by their lower-case key, the word the front matter and the API use. */
@Converter
public class KindConverter implements AttributeConverter<Kind, String> {

    @Override
    public String convertToDatabaseColumn(Kind kind) {
        return kind == null ? null : kind.key();
    }

    @Override
    public Kind convertToEntityAttribute(String key) {
        return key == null ? null : Kind.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown kind " + key));
    }
}
