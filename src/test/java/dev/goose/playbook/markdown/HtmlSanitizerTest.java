package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whoever writes the Markdown, nothing that runs, frames, styles or submits survives rendering. */
@Tag("unit")
class HtmlSanitizerTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private String render(String markdown) {
        return parser.parse("x.md", markdown.getBytes(StandardCharsets.UTF_8)).playbook().html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2Zz4=)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<form action=\"https://evil.example\"><input name=a></form>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<div onclick=\"alert(1)\">div</div>",
            "<svg><script>alert(1)</script></svg>",
            "<object data=\"x.swf\"></object>",
            "<style>body{display:none}</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"&#106;avascript:alert(1)\">encoded</a>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\">"
    })
    void nothingThatRunsOrSubmitsSurvives(String attack) {
        String html = render(attack).toLowerCase();
        assertThat(html).doesNotContain("<script", "onerror", "onclick", "onmouseover", "javascript:", "data:",
                "<iframe", "<form", "<input", "style=", "<style", "<object", "<svg", "<meta", "<base");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Text {onclick=alert(1)}", "## Heading {onmouseover=alert(1) style=color:red}",
            "- [ ] Item {onclick=alert(1)}", "## Heading {#h onmouseover=alert(1)}" })
    void bracesThatAreNotGooseMarksShowAsTextAndNeverBecomeAttributes(String attack) {
        String html = render(attack).toLowerCase();
        assertThat(html).doesNotContainPattern("<[^>]*(onclick|onmouseover|style)=");
    }

    @ParameterizedTest
    @ValueSource(strings = { "**bold**", "*em*", "`code`", "> quote", "1. one" })
    void ordinaryFormattingSurvives(String markdown) {
        assertThat(render(markdown)).matches("(?s).*<(strong|em|code|blockquote|ol)>.*");
    }
}
