package dev.goose.playbook.markdown;

import java.util.Arrays;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Line numbers of nodes, from a table of line starts made once per document: flexmark counts the
 * lines from the top on every call, which made large playbooks quadratic.
 */
final class LineIndex {

    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 0-based line of a node's first character. */
    int zeroBased(Node node) {
        int at = Arrays.binarySearch(starts, node.getStartOffset());
        return at >= 0 ? at : -at - 2;
    }

    /** The 1-based line, as people count. */
    int line(Node node) {
        return zeroBased(node) + 1;
    }
}
