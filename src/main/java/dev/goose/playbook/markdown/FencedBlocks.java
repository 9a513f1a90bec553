package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Puts what other features make of their fenced blocks ({@link FencedBlock}) in the blocks' place, or
 * records their problems as errors. Runs after the checks that read the source by offset, since the
 * nodes it inserts come from text of their own.
 */
final class FencedBlocks {

    private FencedBlocks() {
    }

    static void replace(Document document, LineIndex lines, Map<String, FencedBlock> blocks, Parser parser, List<ParseProblem> errors) {
        if (blocks.isEmpty()) {
            return;
        }
        List<FencedCodeBlock> found = new ArrayList<>();
        collect(document, found);
        Map<String, Integer> firstLines = new HashMap<>();
        for (FencedCodeBlock block : found) {
            FencedBlock reader = blocks.get(info(block));
            if (reader == null) {
                continue;
            }
            FencedBlock.Source source = source(block, lines);
            Integer first = firstLines.putIfAbsent(reader.info(), source.firstLine() - 1);
            if (first != null && reader.oncePerPlaybook()) {
                errors.add(new ParseProblem(source.firstLine() - 1, "A playbook holds one " + reader.info() + " block; the first is on line "
                        + first + ". Put this one in a playbook of its own."));
                continue;
            }
            FencedBlock.Replacement replacement = reader.read(source.content(), source.firstLine());
            if (!replacement.problems().isEmpty()) {
                errors.addAll(replacement.problems());
                continue;
            }
            Document shown = parser.parse(replacement.markdown());
            for (Node child = shown.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                block.insertBefore(child);
                child = next;
            }
            block.unlink();
        }
    }

    /** The blocks of the Markdown with this info word, as written; see {@link FencedBlock#sources}. */
    static List<FencedBlock.Source> sources(String markdown, String info) {
        List<FencedCodeBlock> found = new ArrayList<>();
        collect(Parser.builder().build().parse(markdown), found);
        LineIndex lines = new LineIndex(markdown);
        return found.stream().filter(block -> info(block).equals(info)).map(block -> source(block, lines)).toList();
    }

    private static String info(FencedCodeBlock block) {
        return block.getInfo().toString().strip();
    }

    /** The block's text, and the line it starts on: the one after its opening fence. */
    private static FencedBlock.Source source(FencedCodeBlock block, LineIndex lines) {
        return new FencedBlock.Source(block.getContentChars().toString(), lines.line(block) + 1);
    }

    private static void collect(Node node, List<FencedCodeBlock> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock block) {
                found.add(block);
            } else {
                collect(child, found);
            }
        }
    }
}
