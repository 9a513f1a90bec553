package dev.goose.playbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Text in curly braces is text ({@code Hi {FirstName},}, {@code {{first_name}}}, {@code Step 3 {optional}}),
 * except Goose's own marks: at the end of a heading, {@code {#id stage=key}}; at the end of a line
 * of a checklist item's first paragraph, {@code {#id due=... signoff}}. The attributes syntax reads
 * any brace as attributes, so every other brace it took is put back as the text it was written as.
 */
final class Braces {

    /** Braces shown as text. Ids are made without them, as they were before braces showed, so that ids stay. */
    static final class Literal extends TextBase {
        Literal(BasedSequence chars) {
            super(chars);
            appendChild(new Text(chars));
        }
    }

    private static final Set<String> HEADING_MARKS = Set.of("#", "stage");
    private static final Set<String> ITEM_MARKS = Set.of("#", "due", "signoff");

    private Braces() {
    }

    /** Renders braces shown as text like any text: flexmark finds renderers by a node's own class. */
    static NodeRendererFactory renderer() {
        return options -> () -> Set.of(new NodeRenderingHandler<>(Literal.class, (node, context, html) -> context.renderChildren(node)));
    }

    /** Turns every brace that is not a Goose mark back into text; warns of unknown names beside a heading's marks. */
    static void restore(Document document, LineIndex lines, List<ParseProblem> warnings) {
        List<AttributesNode> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode attributes) {
                found.add(attributes);
            }
        }
        for (AttributesNode attributes : found) {
            Set<String> marks = marksAt(attributes);
            if (marks == null || !hasMark(attributes, marks)) {
                attributes.insertBefore(new Literal(withSpaceAround(attributes)));
                attributes.unlink();
            } else if (marks == HEADING_MARKS) {
                for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof AttributeNode attribute && !HEADING_MARKS.contains(name(attribute))) {
                        warnings.add(new ParseProblem(lines.line(attributes), "Unknown heading mark '" + attribute.getChars()
                                + "' is ignored; headings take #id and stage=."));
                    }
                }
            }
        }
    }

    /**
     * The braces with the blanks around them, which the text beside gave up to what it took for
     * attributes; blanks between two braces go with the second.
     */
    private static BasedSequence withSpaceAround(AttributesNode attributes) {
        int start = attributes.getStartOffset();
        int end = attributes.getEndOffset();
        Node previous = attributes.getPrevious();
        if (previous != null && previous.getEndOffset() < start && blank(attributes, previous.getEndOffset(), start)) {
            start = previous.getEndOffset();
        }
        Node next = attributes.getNext();
        if (next != null && !(next instanceof AttributesNode) && next.getStartOffset() > end && blank(attributes, end, next.getStartOffset())) {
            end = next.getStartOffset();
        }
        return attributes.getChars().baseSubSequence(start, end);
    }

    private static boolean blank(Node node, int from, int to) {
        return node.getChars().baseSubSequence(from, to).isBlank();
    }

    /** The marks that may stand where these braces are, or null where braces are always text. */
    private static Set<String> marksAt(AttributesNode attributes) {
        if (!endsItsLine(attributes)) {
            return null;
        }
        Node parent = attributes.getParent();
        if (parent instanceof Heading) {
            return HEADING_MARKS;
        }
        if (parent instanceof Paragraph && parent.getParent() instanceof TaskListItem item && firstParagraph(item) == parent) {
            return ITEM_MARKS;
        }
        return null;
    }

    private static boolean hasMark(AttributesNode attributes, Set<String> marks) {
        for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && marks.contains(name(attribute))) {
                boolean valued = attribute.isId() || !attribute.getAttributeSeparator().isNull();
                if (valued != name(attribute).equals("signoff")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(AttributeNode attribute) {
        return attribute.isId() ? "#" : attribute.getName().toString();
    }

    /** Marks close a line: only blanks, other braces or the line's end may follow them. */
    private static boolean endsItsLine(Node node) {
        for (Node next = node.getNext(); next != null; next = next.getNext()) {
            if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                return true;
            }
            if (!(next instanceof AttributesNode) && !(next instanceof Text && next.getChars().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Node firstParagraph(TaskListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                return child;
            }
        }
        return null;
    }
}
