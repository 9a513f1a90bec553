package dev.goose.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

@Tag("unit")
class EncodedOnceTest {

    record Encoded(String name, @JsonSerialize(using = EncodedOnce.class) String html) {
    }

    record Plain(String name, String html) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesExactlyWhatJacksonWouldWriteForShortAndLongTextsAlike() throws Exception {
        String long1 = "<p class=\"lead\">Ask: \"What if nothing changes?\" \\ — ça va ✓ 😀</p>\n\t".repeat(40);
        for (String html : new String[] { "", "<b>\"short\"</b>", long1, long1 + "x" }) {
            String expected = mapper.writeValueAsString(new Plain("n", html));
            assertThat(mapper.writeValueAsString(new Encoded("n", html))).isEqualTo(expected);
            assertThat(mapper.writeValueAsString(new Encoded("n", html))).isEqualTo(expected); // from the remembered text
            assertThat(new String(mapper.writeValueAsBytes(new Encoded("n", html)), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(expected); // and as bytes, which is how responses are written
        }
    }
}
