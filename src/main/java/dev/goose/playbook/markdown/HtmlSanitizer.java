package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What may survive of a playbook's HTML, whoever wrote the Markdown: text formatting, lists,
 * tables, code, links and images over http(s), and figures with simple charts (SVG lines, points and
 * text, as a plan block's payout curve draws them). No scripts, event handlers, styles, frames, forms,
 * links inside charts, or javascript: and data: addresses.
 */
final class HtmlSanitizer {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");
    private static final Pattern ALIGN = Pattern.compile("left|right|center");
    private static final Pattern OUR_CLASSES = Pattern.compile("task-list-item|task-box|task-box ticked|language-[a-z0-9+#-]{1,30}");

    private static final Pattern CHART_CLASSES = Pattern.compile("payout|chart payout-curve|axis|curve|point|legend|value");
    private static final Pattern COORDINATE = Pattern.compile("-?[0-9]{1,5}");
    private static final String[] CHART = {"svg", "desc", "line", "polyline", "circle", "text"};

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "b", "i", "del", "s", "sub", "sup", "span", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "kbd", "mark")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6", "li")
            .allowAttributes("data-item").matching(ID).onElements("li")
            .allowAttributes("class").matching(OUR_CLASSES).onElements("li", "span", "code")
            .allowAttributes("role").matching(Pattern.compile("img")).onElements("span")
            .allowAttributes("aria-label").matching(Pattern.compile("ticked")).onElements("span")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowElements("figure", "figcaption")
            .allowElements(CHART)
            .allowAttributes("class").matching(CHART_CLASSES).onElements("figure", "svg", "line", "polyline", "circle", "text")
            .allowAttributes("viewBox").matching(Pattern.compile("0 0 [0-9]{1,4} [0-9]{1,4}")).onElements("svg")
            .allowAttributes("width").matching(Pattern.compile("100%")).onElements("svg")
            .allowAttributes("role").matching(Pattern.compile("img")).onElements("svg")
            .allowAttributes("aria-label").onElements("svg")
            .allowAttributes("x1", "y1", "x2", "y2").matching(COORDINATE).onElements("line")
            .allowAttributes("points").matching(Pattern.compile("[0-9, -]{1,4000}")).onElements("polyline")
            .allowAttributes("fill").matching(Pattern.compile("none")).onElements("polyline")
            .allowAttributes("cx", "cy", "r").matching(COORDINATE).onElements("circle")
            .allowAttributes("x", "y").matching(COORDINATE).onElements("text")
            .allowAttributes("text-anchor").matching(Pattern.compile("middle")).onElements("text")
            .toFactory();

    private HtmlSanitizer() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** What sanitizing would cut from a piece of raw HTML, as people read it: "the <div> tag", "the onclick attribute". */
    static List<String> removedFrom(String html) {
        Set<String> removed = new LinkedHashSet<>();
        POLICY.sanitize(html, new HtmlChangeListener<Set<String>>() {
            @Override
            public void discardedTag(Set<String> found, String elementName) {
                found.add("the <" + elementName + "> tag");
            }

            @Override
            public void discardedAttributes(Set<String> found, String tagName, String... attributeNames) {
                for (String name : attributeNames) {
                    found.add("the " + name + " attribute of <" + tagName + ">");
                }
            }
        }, removed);
        return new ArrayList<>(removed);
    }
}
