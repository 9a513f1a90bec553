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
                "<iframe", "<form", "<input", "style=", "<style", "<object", "<meta", "<base");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg onload=\"alert(1)\"><circle r=\"3\"/></svg>",
            "<svg><a href=\"javascript:alert(1)\"><text x=\"1\" y=\"1\">click</text></a></svg>",
            "<svg><use href=\"https://evil.example/x.svg#a\"/></svg>",
            "<svg><foreignObject><iframe src=\"https://evil.example\"></iframe></foreignObject></svg>",
            "<svg><animate onbegin=\"alert(1)\" attributeName=\"x\"/></svg>",
            "<svg><set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>",
            "<svg><title><style><img src=x onerror=alert(1)></style></title></svg>",
            "<svg><desc><img src=x onerror=alert(1)></desc></svg>",
            "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
            "<svg><circle style=\"fill:url(javascript:alert(1))\" onclick=\"alert(1)\" r=\"3\"/></svg>",
            "<svg><text x=\"javascript:alert(1)\" y=\"1\">t</text></svg>"
    })
    void aChartKeepsItsShapesAndNothingThatRunsOrLinks(String attack) {
        String html = render(attack).toLowerCase();
        assertThat(html).doesNotContain("<script", "onerror", "onclick", "onload", "onbegin", "onmouseover", "javascript:",
                "<a ", "href", "<use", "<foreignobject", "<iframe", "<animate", "<set", "<style", "style=", "attributename");
    }

    @org.junit.jupiter.api.Test
    void aPayoutCurveAsAPlanBlockDrawsItSurvivesWhole() {
        String figure = "<figure class=\"payout\"><svg class=\"chart payout-curve\" role=\"img\" viewBox=\"0 0 560 230\" width=\"100%\""
                + " aria-label=\"Commission &amp; you\"><desc>0% pays €0.00</desc>"
                + "<line class=\"axis\" x1=\"80\" y1=\"194\" x2=\"530\" y2=\"194\"></line><polyline class=\"curve\" fill=\"none\""
                + " points=\"80,194 155,170\"></polyline><circle class=\"point\" cx=\"80\" cy=\"194\" r=\"3\"></circle><text class=\"legend\" x=\"80\""
                + " y=\"210\" text-anchor=\"middle\">0%</text></svg><figcaption>Commission for the year</figcaption></figure>";
        String html = render(figure);
        assertThat(html).contains("<figure class=\"payout\">", "<svg class=\"chart payout-curve\" role=\"img\" viewBox=\"0 0 560 230\"",
                "aria-label=\"Commission &amp; you\"><desc>0% pays €0.00</desc><line class=\"axis\" x1=\"80\" y1=\"194\" x2=\"530\" y2=\"194\"></line>",
                "<polyline class=\"curve\" fill=\"none\" points=\"80,194 155,170\"></polyline>",
                "<circle class=\"point\" cx=\"80\" cy=\"194\" r=\"3\"></circle>",
                "<text class=\"legend\" x=\"80\" y=\"210\" text-anchor=\"middle\">0%</text>", "<figcaption>Commission for the year</figcaption>");
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
