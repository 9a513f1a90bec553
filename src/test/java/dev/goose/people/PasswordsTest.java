package dev.goose.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PasswordsTest {

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = Passwords.hash("a long enough secret");
        assertThat(hash).startsWith("$2").doesNotContain("a long enough secret");
        assertThat(Passwords.matches("a long enough secret", hash)).isTrue();
        assertThat(Passwords.matches("a long enough secreT", hash)).isFalse();
    }

    @Test
    void aMissingHashNeverMatches() {
        assertThat(Passwords.matches("decoy password, never valid", null)).isFalse();
        assertThat(Passwords.matches(null, Passwords.hash("whatever you like"))).isFalse();
    }

    @Test
    void newPasswordsMustBeLongEnoughButNotPastBcryptsLimit() {
        assertThat(Passwords.problemWith("short")).contains("at least 10");
        assertThat(Passwords.problemWith(null)).contains("at least 10");
        assertThat(Passwords.problemWith("x".repeat(73))).contains("at most 72");
        assertThat(Passwords.problemWith("           ")).contains("spaces");
        assertThat(Passwords.problemWith("ten chars!")).isNull();
    }
}
