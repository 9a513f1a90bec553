package dev.goose.people;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their lower-case key, the same word the API and the identity provider use. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.key();
    }

    @Override
    public Role convertToEntityAttribute(String key) {
        return key == null ? null : Role.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown role " + key));
    }
}
