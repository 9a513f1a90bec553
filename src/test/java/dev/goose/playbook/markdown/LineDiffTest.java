package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.goose.playbook.markdown.PlaybookDiff.Line;
import dev.goose.playbook.markdown.PlaybookDiff.LineType;

@Tag("unit")
class LineDiffTest {

    private static List<String> side(List<Line> lines, LineType kept) {
        return lines.stream().filter(l -> l.type() == LineType.SAME || l.type() == kept).map(Line::text).toList();
    }

    private static long count(List<Line> lines, LineType type) {
        return lines.stream().filter(l -> l.type() == type).count();
    }

    @Test
    void aSectionRewrittenWholeIsAllRemovedThenAllAdded() {
        List<String> older = IntStream.range(0, 50_000).mapToObj(i -> "- step a" + i).toList();
        List<String> newer = IntStream.range(0, 50_000).mapToObj(i -> "- step b" + i).toList();
        List<Line> lines = LineDiff.lines(older, newer);
        assertThat(side(lines, LineType.REMOVED)).isEqualTo(older);
        assertThat(side(lines, LineType.ADDED)).isEqualTo(newer);
        assertThat(count(lines, LineType.SAME)).isZero();
    }

    @Test
    void aLargeSectionWithScatteredEditsKeepsItsUnchangedLines() {
        List<String> older = IntStream.range(0, 20_000).mapToObj(i -> "line " + i).toList();
        List<String> newer = new ArrayList<>(older);
        for (int i = 0; i < newer.size(); i += 10) {
            newer.set(i, "edited " + i);
        }
        newer.add(5_000, "inserted");
        List<Line> lines = LineDiff.lines(older, newer);
        assertThat(side(lines, LineType.REMOVED)).isEqualTo(older);
        assertThat(side(lines, LineType.ADDED)).isEqualTo(newer);
        assertThat(count(lines, LineType.SAME)).isEqualTo(18_000);
        assertThat(count(lines, LineType.ADDED)).isEqualTo(2_001);
    }

    @Test
    void aSmallChangeIsShownWhereItIs() {
        List<Line> lines = LineDiff.lines(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d", "e"));
        assertThat(lines).containsExactly(new Line(LineType.SAME, "a"), new Line(LineType.REMOVED, "b"),
                new Line(LineType.ADDED, "B"), new Line(LineType.SAME, "c"), new Line(LineType.SAME, "d"),
                new Line(LineType.ADDED, "e"));
    }
}
