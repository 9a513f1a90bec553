package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import dev.goose.playbook.markdown.PlaybookDiff.Line;
import dev.goose.playbook.markdown.PlaybookDiff.LineType;

/**
 * Two texts line by line, in time close to their length. Myers' algorithm (java-diff-utils) costs
 * length times changes, so a rewritten section of 16,000 lines took 26 s and one of 100,000 would take
 * most of an hour. The lines both sides start and end with are taken off first; a middle of a few
 * thousand lines goes to Myers; a larger one is aligned on the lines found once on each side (as
 * patience diff does), and between those small gaps go to Myers, large ones show as removed, then added.
 */
final class LineDiff {

    /** Lines of both sides together that Myers is given at once; a few thousand take well under a second. */
    static final int EXACT = 4_000;
    private static final int GAP = 500;

    private LineDiff() {
    }

    /** Every line of the newer text, and the removed lines of the older one where they were. */
    static List<Line> lines(List<String> older, List<String> newer) {
        List<Line> lines = new ArrayList<>();
        diff(older, newer, EXACT, true, lines);
        return List.copyOf(lines);
    }

    private static void diff(List<String> older, List<String> newer, int exact, boolean align, List<Line> out) {
        int head = 0;
        while (head < older.size() && head < newer.size() && older.get(head).equals(newer.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < older.size() - head && tail < newer.size() - head
                && older.get(older.size() - 1 - tail).equals(newer.get(newer.size() - 1 - tail))) {
            tail++;
        }
        older.subList(0, head).forEach(text -> out.add(new Line(LineType.SAME, text)));
        List<String> before = older.subList(head, older.size() - tail);
        List<String> after = newer.subList(head, newer.size() - tail);
        if (before.size() + after.size() <= exact) {
            myers(before, after, out);
        } else if (align) {
            aligned(before, after, out);
        } else {
            before.forEach(text -> out.add(new Line(LineType.REMOVED, text)));
            after.forEach(text -> out.add(new Line(LineType.ADDED, text)));
        }
        older.subList(older.size() - tail, older.size()).forEach(text -> out.add(new Line(LineType.SAME, text)));
    }

    private static void myers(List<String> older, List<String> newer, List<Line> out) {
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            for (; position < sourceStart; position++) {
                out.add(new Line(LineType.SAME, older.get(position)));
            }
            delta.getSource().getLines().forEach(text -> out.add(new Line(LineType.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> out.add(new Line(LineType.ADDED, text)));
            position = sourceStart + delta.getSource().size();
        }
        for (; position < older.size(); position++) {
            out.add(new Line(LineType.SAME, older.get(position)));
        }
    }

    /** Aligns on the longest run, in order on both sides, of lines that occur once in each. */
    private static void aligned(List<String> older, List<String> newer, List<Line> out) {
        Map<String, Integer> olderAt = onceAt(older);
        Map<String, Integer> newerAt = onceAt(newer);
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < newer.size(); j++) {
            Integer i = olderAt.get(newer.get(j));
            if (i != null && i >= 0 && newerAt.get(newer.get(j)) >= 0) {
                pairs.add(new int[] { i, j });
            }
        }
        int i = 0;
        int j = 0;
        for (int[] anchor : increasingRun(pairs)) {
            diff(older.subList(i, anchor[0]), newer.subList(j, anchor[1]), GAP, false, out);
            out.add(new Line(LineType.SAME, older.get(anchor[0])));
            i = anchor[0] + 1;
            j = anchor[1] + 1;
        }
        diff(older.subList(i, older.size()), newer.subList(j, newer.size()), GAP, false, out);
    }

    /** Each line's position, or -1 for a line that occurs more than once. */
    private static Map<String, Integer> onceAt(List<String> lines) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            at.merge(lines.get(i), i, (first, again) -> -1);
        }
        return at;
    }

    /** The longest run of pairs whose older positions increase, in n log n (pairs come in newer order). */
    private static List<int[]> increasingRun(List<int[]> pairs) {
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int k = 0; k < pairs.size(); k++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pairs.get(tails[middle])[0] < pairs.get(k)[0]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            tails[low] = k;
            length = Math.max(length, low + 1);
        }
        List<int[]> run = new ArrayList<>();
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            run.add(pairs.get(k));
        }
        java.util.Collections.reverse(run);
        return run;
    }
}
