package dev.goose.playbook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Points links to other Markdown files of the folder at the playbooks they became. */
final class LinkRewriter {

    private LinkRewriter() {
    }

    static void rewrite(Node node, String path, Function<String, Optional<String>> resolver, LineIndex lines,
            List<ParseProblem> warnings) {
        if (node instanceof Link link) {
            rewriteLink(link, path, resolver, lines, warnings);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            rewrite(child, path, resolver, lines, warnings);
        }
    }

    private static void rewriteLink(Link link, String path, Function<String, Optional<String>> resolver, LineIndex lines,
            List<ParseProblem> warnings) {
        String url = link.getUrl().toString();
        if (url.contains(":") || url.startsWith("/") || url.startsWith("#")) {
            return;
        }
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (!target.matches("(?i).*\\.(md|markdown)")) {
            return;
        }
        String resolved = resolve(path, target);
        Optional<String> slug = resolved == null ? Optional.empty() : resolver.apply(resolved);
        if (slug.isEmpty()) {
            warnings.add(new ParseProblem(lines.line(link), "The link to '" + target + "' leads to no playbook."));
            return;
        }
        link.setUrl(BasedSequence.of("/playbooks/" + slug.get() + fragment));
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
}
