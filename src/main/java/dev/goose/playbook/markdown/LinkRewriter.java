package dev.goose.playbook.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Points links to other Markdown files of the folder at the playbooks they became: inline links,
 * and the definitions that reference links ({@code [x][r]} with {@code [r]: pricing.md}) render
 * from. A fragment or a {@code ?id=} query names the section. A link to a Markdown file that is
 * no playbook is a warning at its line, so that its author finds it before a reader does.
 */
final class LinkRewriter {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern MARKDOWN = Pattern.compile("(?i).*\\.(md|markdown)");

    private LinkRewriter() {
    }

    /** A link to a file of the folder: its path as written, decoded, and the section it names, or "". */
    record Target(String path, String anchor) {

        /** The file a link's URL names, or empty for a web address, an absolute path, an anchor alone or no Markdown. */
        static Optional<Target> of(String url) {
            if (url.isBlank() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || SCHEME.matcher(url).matches()) {
                return Optional.empty();
            }
            int hash = url.indexOf('#');
            String fragment = hash < 0 ? "" : url.substring(hash + 1);
            String beforeHash = hash < 0 ? url : url.substring(0, hash);
            int question = beforeHash.indexOf('?');
            String query = question < 0 ? "" : beforeHash.substring(question + 1);
            String path = decode(question < 0 ? beforeHash : beforeHash.substring(0, question));
            if (!MARKDOWN.matcher(path).matches()) {
                return Optional.empty();
            }
            return Optional.of(new Target(path, fragment.isEmpty() ? idParameter(query) : fragment));
        }

        /** Documentation sites address a section as {@code page.md?id=section}. */
        private static String idParameter(String query) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("id=") && pair.length() > 3) {
                    return decode(pair.substring(3));
                }
            }
            return "";
        }
    }

    /** Walks the document without recursion: a deeply nested one must not overflow the stack here. */
    static void rewrite(Node root, String path, Function<String, Optional<String>> resolver, LineIndex lines,
            List<ParseProblem> warnings) {
        for (Node node = root; node != null; node = next(node, root)) {
            if (node instanceof Link || node instanceof Reference) {
                rewriteUrl((LinkNodeBase) node, path, resolver, lines, warnings);
            }
        }
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != null && at != root; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    private static void rewriteUrl(LinkNodeBase link, String path, Function<String, Optional<String>> resolver,
            LineIndex lines, List<ParseProblem> warnings) {
        Optional<Target> target = Target.of(link.getUrl().unescape());
        if (target.isEmpty()) {
            return;
        }
        String file = target.get().path();
        String resolved = resolve(path, file);
        Optional<String> slug = resolved == null ? Optional.empty() : resolver.apply(resolved);
        if (slug.isEmpty()) {
            warnings.add(new ParseProblem(lines.line(link), warning(link, file, resolved)));
            return;
        }
        String anchor = target.get().anchor();
        link.setUrl(BasedSequence.of("/playbooks/" + slug.get() + (anchor.isEmpty() ? "" : "#" + anchor)));
    }

    private static String warning(LinkNodeBase link, String file, String resolved) {
        String what = link instanceof Reference reference ? "The link definition [" + reference.getReference() + "] to '"
                : "The link to '";
        if (resolved == null) {
            return what + file + "' leads out of the playbook folder, to no playbook.";
        }
        String why = file.toLowerCase().endsWith(".markdown") ? " (only .md files are synced)" : "";
        return what + file + "' leads to no playbook: '" + resolved + "' is not a synced file of the folder" + why + ".";
    }

    /** The linked file's path from the folder root, or null when it climbs out of the folder. */
    static String resolve(String from, String target) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash > 0) {
            for (String part : from.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Percent-decoding as in a URL path: {@code +} stays a plus; a broken escape stays as written. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int end = text.indexOf('%', i + 1);
                byte[] plain = text.substring(i, end < 0 ? text.length() : end).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
                i = end < 0 ? text.length() : end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
