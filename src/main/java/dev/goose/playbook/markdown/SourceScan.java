package dev.goose.playbook.markdown;

import java.util.Arrays;

/**
 * A cheap look at the source before flexmark reads it: how deep lists and quotes nest, and how many
 * lines are checklist items. flexmark and the renderer walk nested blocks recursively, so a list
 * nested 10,000 deep overflows the stack; one pass over the text refuses such a file with its line
 * before any of that work starts. It reads lines as CommonMark does, roughly: an item stays open
 * for the lines indented to its text, quotes count on the line that carries them, fenced code and
 * thematic breaks ({@code - - -}) are not nesting. Where it guesses, it guesses low.
 */
final class SourceScan {

    private SourceScan() {
    }

    /** Throws {@link ParseRefused} at the first line nested deeper than allowed, or at the item one too many. */
    static void check(String body, int maxNesting, int maxItems) {
        int[] open = new int[16];
        int openCount = 0;
        char fence = 0;
        int items = 0;
        int line = 0;
        for (int start = 0; start <= body.length(); line++) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            int from = start;
            start = end + 1;
            int pos = from;
            int col = 0;
            for (; pos < end && isBlank(body.charAt(pos)); pos++) {
                col += body.charAt(pos) == '\t' ? 4 - col % 4 : 1;
            }
            if (pos == end) {
                continue;
            }
            if (fence != 0) {
                if (startsFence(body, skipQuotes(body, pos, end), end, fence)) {
                    fence = 0;
                }
                continue;
            }
            while (openCount > 0 && open[openCount - 1] > col) {
                openCount--;
            }
            if (isThematicBreak(body, pos, end)) {
                continue;
            }
            int quotes = 0;
            int markers = 0;
            while (pos < end) {
                int after = body.charAt(pos) == '>' ? pos + 1 : markerEnd(body, pos, end);
                if (after < 0) {
                    break;
                }
                boolean quote = body.charAt(pos) == '>';
                col += after - pos;
                for (pos = after; pos < end && isBlank(body.charAt(pos)); pos++) {
                    col += body.charAt(pos) == '\t' ? 4 - col % 4 : 1;
                }
                if (quote) {
                    quotes++;
                } else if (quotes > 0) {
                    markers++;
                } else {
                    if (openCount == open.length) {
                        open = Arrays.copyOf(open, openCount * 2);
                    }
                    open[openCount++] = col;
                    markers++;
                }
            }
            int depth = openCount + quotes + (quotes > 0 ? markers : 0);
            if (depth > maxNesting) {
                throw new ParseRefused(line + 1, "Lists and quotes are nested " + depth + " deep here; a playbook may nest"
                        + " them at most " + maxNesting + " deep.");
            }
            if (markers > 0 && isTaskBox(body, pos, end) && ++items > maxItems) {
                throw new ParseRefused(line + 1, "A playbook has at most " + maxItems
                        + " checklist items; split it into several playbooks.");
            }
            if (startsFence(body, pos, end, '`') || startsFence(body, pos, end, '~')) {
                fence = body.charAt(pos);
            }
        }
    }

    /** Where a list marker ("-", "+", "*", "1." or "1)") followed by a blank or the line's end ends, or -1. */
    private static int markerEnd(String body, int pos, int end) {
        char c = body.charAt(pos);
        int after = -1;
        if (c == '-' || c == '+' || c == '*') {
            after = pos + 1;
        } else {
            int digits = pos;
            while (digits < end && digits - pos < 9 && Character.isDigit(body.charAt(digits))) {
                digits++;
            }
            if (digits > pos && digits < end && (body.charAt(digits) == '.' || body.charAt(digits) == ')')) {
                after = digits + 1;
            }
        }
        return after >= 0 && (after == end || isBlank(body.charAt(after))) ? after : -1;
    }

    private static boolean isTaskBox(String body, int pos, int end) {
        return pos + 2 < end && body.charAt(pos) == '[' && body.charAt(pos + 2) == ']' && "xX ".indexOf(body.charAt(pos + 1)) >= 0
                && (pos + 3 == end || isBlank(body.charAt(pos + 3)));
    }

    /** A line of three or more of the same "-", "*" or "_" and blanks only: a rule, not nested lists. */
    private static boolean isThematicBreak(String body, int pos, int end) {
        char mark = body.charAt(pos);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int count = 0;
        for (int i = pos; i < end; i++) {
            char c = body.charAt(i);
            if (c == mark) {
                count++;
            } else if (!isBlank(c)) {
                return false;
            }
        }
        return count >= 3;
    }

    private static boolean startsFence(String body, int pos, int end, char mark) {
        return pos + 2 < end && body.charAt(pos) == mark && body.charAt(pos + 1) == mark && body.charAt(pos + 2) == mark;
    }

    private static int skipQuotes(String body, int pos, int end) {
        while (pos < end && (body.charAt(pos) == '>' || isBlank(body.charAt(pos)))) {
            pos++;
        }
        return pos;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
