package dev.goose.playbook.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextContainer;

/**
 * What a parsed node says in words: its text without Markdown syntax, and the attributes written
 * on it in braces. Titles, item ids, anchors and search all read nodes through here.
 */
final class NodeText {

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private NodeText() {
    }

    /** The attributes written in braces directly on a node: "#" for the id, then name=value pairs. */
    static Map<String, String> attributes(Node node) {
        Map<String, String> found = new HashMap<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                for (Node a = attributes.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode attribute) {
                        String name = attribute.isId() ? "#" : attribute.getName().toString();
                        found.put(name, attribute.getValue().toString());
                    }
                }
            }
        }
        return found;
    }

    /** The node's text without Markdown syntax or attributes, for titles, item ids and search. */
    static String plainText(Node node) {
        return plainText(node, false);
    }

    /** The text an id is a slug of: without braces shown as text, which ids never held, so that they stay. */
    static String idText(Node node) {
        return plainText(node, true);
    }

    private static String plainText(Node node, boolean forId) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, forId);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static void appendText(Node node, StringBuilder text, boolean forId) {
        if (node instanceof AttributesNode || forId && node instanceof Braces.Literal || node instanceof BulletList
                && node.getParent() instanceof TaskListItem) {
            return;
        }
        if (node.getFirstChild() == null) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (node instanceof Text || node instanceof Code || node instanceof TextContainer) {
                text.append(node.getChars());
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, text, forId);
            if (child instanceof Block || child instanceof TableCell) {
                text.append(child instanceof TableCell ? " " : "\n");
            }
        }
    }
}
