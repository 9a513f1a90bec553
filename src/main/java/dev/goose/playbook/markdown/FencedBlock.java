package dev.goose.playbook.markdown;

import java.util.List;

/**
 * A fenced block that another feature reads, such as a {@code plan} block of the incentive feature:
 * the parser hands it the block's text and shows what it returns in the block's place, or refuses the
 * playbook with the problems it found, each at its line.
 */
public interface FencedBlock {

    /** The fence's info word, as in {@code ```plan}. */
    String info();

    /**
     * @param content   the text between the fences
     * @param firstLine the line of the file the text starts on
     */
    Replacement read(String content, int firstLine);

    /** True when a playbook may hold one block of this kind only, as it holds one plan: a second is refused at its line. */
    default boolean oncePerPlaybook() {
        return false;
    }

    /** Markdown shown in the block's place (tables and paragraphs, no headings), or the problems. */
    record Replacement(String markdown, List<ParseProblem> problems) {
    }

    /** A block's text as written in a playbook, and the line of the file it starts on. */
    record Source(String content, int firstLine) {
    }

    /** The blocks of a playbook's Markdown with this info word, in document order, for features that compute from them. */
    static List<Source> sources(String markdown, String info) {
        return FencedBlocks.sources(markdown, info);
    }
}
