package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class ErrorMapperRulesTest {

    @Test
    void aUniqueConstraintDeepInTheCausesIsAConflict() {
        var violation = new ConstraintViolationException("dup", new SQLException("dup"), "person_email_unique");
        var wrapped = new RuntimeException("commit failed", new IllegalStateException("rollback", violation));
        assertThat(ErrorMapper.causedByConstraint(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ErrorMapper.causedByConstraint(new RuntimeException(new SQLException("down")))).isFalse();
    }
}
