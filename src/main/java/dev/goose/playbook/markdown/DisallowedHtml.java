package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Raw HTML in a playbook, rendered as GitHub does (the GFM spec's "disallowed raw HTML"): the tags
 * that change how the rest of a page is read ({@code <script>}, {@code <style>}, {@code <textarea>}
 * ...) have their {@code <} written as {@code &lt;}, so that they show as text. Without it, one
 * mention of {@code <script>} in prose made the sanitizer drop everything after it. The sanitizer
 * still runs last; this class also tells the author, by line, where HTML was escaped or removed.
 */
final class DisallowedHtml {

    private static final Pattern TAG = Pattern.compile(
            "<(?=/?(?i:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \\t\\n\\x0B\\f\\r>]|/>))");
    private static final Pattern NAME = Pattern.compile("</?([a-zA-Z]+)");
    /** The HTML blocks that only their end tag closes, so that one left open takes the rest of the file. */
    private static final Pattern RAW_BLOCK = Pattern.compile("(?i)^<(pre|script|style|textarea)(?:[\\s>]|$)");
    static final int MAX_WARNINGS = 20;

    private DisallowedHtml() {
    }

    /** The HTML with the {@code <} of every disallowed tag, opening or closing, replaced by {@code &lt;}. */
    static String escape(CharSequence html) {
        return TAG.matcher(html).replaceAll("&lt;");
    }

    /** Renders raw HTML blocks and inline HTML with the disallowed tags escaped; everything else as flexmark does. */
    static NodeRendererFactory renderer() {
        return options -> new Renderer();
    }

    /** Adds a warning, at its line, for each line of raw HTML that is escaped or that the sanitizer will cut. */
    static void check(Document document, LineIndex lines, List<ParseProblem> warnings) {
        Map<Integer, Found> byLine = new TreeMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock block) {
                String html = block.getContentChars().toString();
                Found found = byLine.computeIfAbsent(lines.line(node), line -> new Found());
                found.read(html);
                Matcher raw = RAW_BLOCK.matcher(html);
                if (raw.find() && !html.toLowerCase(Locale.ROOT).contains("</" + raw.group(1).toLowerCase(Locale.ROOT))) {
                    found.unclosed = raw.group(1).toLowerCase(Locale.ROOT);
                }
            } else if (node instanceof HtmlInline) {
                byLine.computeIfAbsent(lines.line(node), line -> new Found()).read(node.getChars().toString());
            }
        }
        int count = 0;
        for (Map.Entry<Integer, Found> line : byLine.entrySet()) {
            String message = line.getValue().message();
            if (message != null && count++ < MAX_WARNINGS) {
                warnings.add(new ParseProblem(line.getKey(), message));
            }
        }
        if (count > MAX_WARNINGS) {
            warnings.add(new ParseProblem(0, (count - MAX_WARNINGS) + " more lines have raw HTML that is shown as text"
                    + " or removed; the first " + MAX_WARNINGS + " are listed by line."));
        }
    }

    /** What one line's raw HTML loses. */
    private static final class Found {
        private final Set<String> escaped = new TreeSet<>();
        private final Set<String> removed = new LinkedHashSet<>();
        private String unclosed;

        void read(String html) {
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                Matcher name = NAME.matcher(html).region(tag.start(), html.length());
                if (name.lookingAt()) {
                    escaped.add("<" + name.group(1).toLowerCase(Locale.ROOT) + ">");
                }
            }
            removed.addAll(HtmlSanitizer.removedFrom(escape(html)));
        }

        String message() {
            List<String> parts = new ArrayList<>();
            if (!escaped.isEmpty()) {
                parts.add(String.join(", ", escaped) + (escaped.size() == 1 ? " is" : " are") + " shown as text: like GitHub,"
                        + " Goose never renders script, style, title, iframe, textarea, xmp, noembed, noframes or plaintext tags.");
            }
            if (!removed.isEmpty()) {
                parts.add("Raw HTML removed: " + String.join(", ", removed) + " (the text stays); only formatting, lists,"
                        + " tables, code, links and images are kept.");
            }
            if (unclosed != null) {
                parts.add("This HTML block runs on to the end of the file (or of the list or quote it is in), as no </"
                        + unclosed + "> closes it: the headings after it are not sections.");
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                html.line();
                html.rawPre(escape(node.getContentChars().normalizeEOL()));
                html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
            }), new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> html.rawPre(escape(node.getChars().normalizeEOL()))));
        }
    }
}
