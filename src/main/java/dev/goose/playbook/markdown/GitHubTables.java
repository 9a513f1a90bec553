package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Tables as GitHub reads them, so that tables written for GitHub look the same in Goose. */
final class GitHubTables {

    private GitHubTables() {
    }

    /** One header row; rows padded or cut to its width; no column spans or captions; {@code :-} is a delimiter. */
    static void configure(MutableDataSet options) {
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
    }

    /**
     * In a cell, {@code \|} is a pipe that does not end the cell, even inside a code span, where a
     * backslash is otherwise kept as written: GitHub shows {@code `\|`} as {@code |}.
     */
    static void unescapePipesInCode(Document document) {
        List<Code> codes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Code code && code.getText().indexOf("\\|") >= 0 && inCell(code)) {
                codes.add(code);
            }
        }
        for (Code code : codes) {
            BasedSequence text = BasedSequence.of(code.getText().toString().replace("\\|", "|"));
            code.setText(text);
            code.removeChildren();
            code.appendChild(new Text(text));
        }
    }

    private static boolean inCell(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TableCell) {
                return true;
            }
        }
        return false;
    }
}
