package dev.goose.playbook.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Reads the structure of a parsed document: sections with anchors and stage links, checklist items
 * with ids, due rules and sign-off marks. Ids given in the Markdown win; others are slugs of the
 * text, told apart by -2, -3 in document order, which keeps them stable across versions.
 */
public record Outline(List<Section> sections, List<ChecklistItem> items, Map<Node, String> headingAnchors,
        Map<Node, String> itemIds, List<AttributesNode> attributeNodes, String firstTitle) {

    private static final Pattern DAY = Pattern.compile("day(\\d{1,4})");
    private static final Pattern WEEK = Pattern.compile("week(\\d{1,3})");
    private static final Pattern STAGE_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    static final int MAX_SECTIONS = 2_000;
    public static final int MAX_ITEMS = 5_000;

    static Outline of(Document document, String body, ParseSettings settings, List<ParseProblem> errors,
            List<ParseProblem> warnings) {
        List<AttributesNode> attributeNodes = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<TaskListItem> tasks = new ArrayList<>();
        collect(document, attributeNodes, headings, tasks);

        LineIndex index = new LineIndex(body);
        if (headings.size() > MAX_SECTIONS) {
            errors.add(new ParseProblem(index.line(headings.get(MAX_SECTIONS)), "A playbook has at most " + MAX_SECTIONS
                    + " headings; split it into several playbooks."));
            return new Outline(List.of(), List.of(), Map.of(), Map.of(), attributeNodes, null);
        }
        if (tasks.size() > MAX_ITEMS) {
            errors.add(new ParseProblem(index.line(tasks.get(MAX_ITEMS)), "A playbook has at most " + MAX_ITEMS
                    + " checklist items; split it into several playbooks."));
            return new Outline(List.of(), List.of(), Map.of(), Map.of(), attributeNodes, null);
        }
        Map<Node, String> anchors = anchors(headings, index, errors);
        List<Section> sections = sections(document, body, headings, anchors, index, settings, warnings);
        Map<Node, String> itemIds = new IdentityHashMap<>();
        List<ChecklistItem> items = items(tasks, sections, itemIds, index, errors, warnings);
        String firstTitle = headings.stream().filter(h -> h.getLevel() == 1).findFirst().map(NodeText::plainText).orElse(null);
        return new Outline(sections, items, anchors, itemIds, attributeNodes, firstTitle);
    }

    private static void collect(Node node, List<AttributesNode> attributes, List<Heading> headings, List<TaskListItem> tasks) {
        if (node instanceof AttributesNode found) {
            attributes.add(found);
        } else if (node instanceof Heading heading) {
            headings.add(heading);
        } else if (node instanceof TaskListItem task) {
            tasks.add(task);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, attributes, headings, tasks);
        }
    }

    private static Map<Node, String> anchors(List<Heading> headings, LineIndex index, List<ParseProblem> errors) {
        Map<Node, String> anchors = new IdentityHashMap<>();
        Map<String, Integer> explicitLines = new HashMap<>();
        for (Heading heading : headings) {
            String id = NodeText.attributes(heading).get("#");
            if (id == null) {
                continue;
            }
            int line = index.line(heading);
            if (!Slugs.VALID_ID.matcher(id).matches()) {
                errors.add(new ParseProblem(line, "The heading id '" + id + "' may hold only a-z, 0-9, - and _."));
            } else if (explicitLines.containsKey(id)) {
                errors.add(new ParseProblem(line, "The heading id '" + id + "' is already used on line " + explicitLines.get(id) + "."));
            } else {
                explicitLines.put(id, line);
                anchors.put(heading, id);
            }
        }
        Ids ids = new Ids(explicitLines.keySet());
        for (Heading heading : headings) {
            if (!anchors.containsKey(heading)) {
                anchors.put(heading, ids.unique(Slugs.of(NodeText.idText(heading))));
            }
        }
        return anchors;
    }

    private static List<Section> sections(Document document, String body, List<Heading> headings, Map<Node, String> anchors,
            LineIndex index, ParseSettings settings, List<ParseProblem> warnings) {
        String[] lines = body.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        headings.forEach(h -> starts.add(index.zeroBased(h)));
        List<StringBuilder> texts = new ArrayList<>();
        for (int i = 0; i <= headings.size(); i++) {
            texts.add(new StringBuilder());
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Heading)) {
                int section = sectionIndex(starts, index.zeroBased(block));
                texts.get(section + 1).append(NodeText.plainText(block)).append('\n');
            }
        }
        List<Section> sections = new ArrayList<>();
        int firstHeadingLine = starts.isEmpty() ? lines.length : starts.get(0);
        String preamble = join(lines, 0, firstHeadingLine);
        if (!preamble.isBlank()) {
            sections.add(new Section("", "", 0, null, 1, preamble, texts.get(0).toString().strip()));
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int end = i + 1 < headings.size() ? starts.get(i + 1) : lines.length;
            String stage = stage(heading, index, settings, warnings);
            sections.add(new Section(anchors.get(heading), NodeText.plainText(heading), heading.getLevel(), stage, index.line(heading),
                    join(lines, starts.get(i), end), texts.get(i + 1).toString().strip()));
        }
        return List.copyOf(sections);
    }

    private static String stage(Heading heading, LineIndex index, ParseSettings settings, List<ParseProblem> warnings) {
        String stage = NodeText.attributes(heading).get("stage");
        if (stage == null || stage.isBlank()) {
            return null;
        }
        if (!STAGE_KEY.matcher(stage).matches()) {
            warnings.add(new ParseProblem(index.line(heading), "The stage key '" + stage + "' may hold only a-z, 0-9, - and _; ignored."));
            return null;
        }
        if (!settings.stageKeys().contains(stage)) {
            warnings.add(new ParseProblem(index.line(heading), "There is no stage '" + stage + "' in the pipeline; the section"
                    + " shows on no deal until there is. Known stages: " + String.join(", ", settings.stageKeys().stream().sorted().toList()) + "."));
        }
        return stage;
    }

    private static List<ChecklistItem> items(List<TaskListItem> tasks, List<Section> sections, Map<Node, String> ids,
            LineIndex index, List<ParseProblem> errors, List<ParseProblem> warnings) {
        Map<String, Integer> explicitLines = new HashMap<>();
        for (TaskListItem task : tasks) {
            String id = NodeText.attributes(firstParagraph(task)).get("#");
            if (id == null) {
                continue;
            }
            if (!Slugs.VALID_ID.matcher(id).matches()) {
                errors.add(new ParseProblem(index.line(task), "The item id '" + id + "' may hold only a-z, 0-9, - and _."));
            } else if (explicitLines.containsKey(id)) {
                errors.add(new ParseProblem(index.line(task), "The item id '" + id + "' is already used on line " + explicitLines.get(id) + "."));
            } else {
                explicitLines.put(id, index.line(task));
                ids.put(task, id);
            }
        }
        // An item's id is a slug of its text. When several items share a text, each is told apart by
        // its section, then by -2, -3 within the section, so that an item added to another section
        // never renumbers them; an explicit id is the way to keep an id through any edit.
        Map<TaskListItem, String> slugs = new IdentityHashMap<>();
        Map<String, Integer> textCounts = new HashMap<>();
        for (TaskListItem task : tasks) {
            String slug = Slugs.of(NodeText.idText(firstParagraph(task)));
            slugs.put(task, slug);
            if (!ids.containsKey(task)) {
                textCounts.merge(slug, 1, Integer::sum);
            }
        }
        Ids used = new Ids(explicitLines.keySet());
        List<Section> headed = sections.stream().filter(s -> s.level() > 0).toList();
        List<ChecklistItem> items = new ArrayList<>();
        for (TaskListItem task : tasks) {
            Node paragraph = firstParagraph(task);
            String text = NodeText.plainText(paragraph).strip();
            String section = sectionAt(headed, index.line(task));
            String slug = slugs.get(task);
            String base = textCounts.getOrDefault(slug, 1) > 1 && !section.isEmpty() ? Slugs.of(section + "-" + slug) : slug;
            ids.computeIfAbsent(task, t -> used.unique(base));
            Map<String, String> attributes = NodeText.attributes(paragraph);
            for (String name : attributes.keySet()) {
                if (!Set.of("#", "due", "signoff").contains(name)) {
                    warnings.add(new ParseProblem(index.line(task), "Unknown item mark '" + name + "' is ignored; items take #id, due= and signoff."));
                }
            }
            String due = attributes.get("due");
            Integer offset = null;
            LocalDate date = null;
            if (due != null) {
                Matcher day = DAY.matcher(due);
                Matcher week = WEEK.matcher(due);
                if (day.matches() && Integer.parseInt(day.group(1)) >= 1) {
                    offset = Integer.parseInt(day.group(1)) - 1;
                } else if (week.matches() && Integer.parseInt(week.group(1)) >= 1) {
                    offset = Integer.parseInt(week.group(1)) * 7 - 1;
                } else {
                    try {
                        date = LocalDate.parse(due);
                    } catch (DateTimeParseException e) {
                        errors.add(new ParseProblem(index.line(task), "'due=" + due + "' must be dayN, weekN (from 1) or a date like 2027-01-15."));
                    }
                }
            }
            items.add(new ChecklistItem(ids.get(task), text, section, offset, date, attributes.containsKey("signoff"), index.line(task)));
        }
        return List.copyOf(items);
    }

    /** The anchor of the last heading at or before the line: a binary search, as items times sections grew large. */
    private static String sectionAt(List<Section> headed, int line) {
        int low = 0;
        int high = headed.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (headed.get(middle).line() <= line) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? "" : headed.get(low - 1).anchor();
    }

    private static Node firstParagraph(TaskListItem task) {
        for (Node child = task.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                return child;
            }
        }
        return task;
    }

    /** Hands out ids, telling repeats apart by -2, -3; each base remembers where it got to, so this stays linear. */
    private static final class Ids {
        private final Set<String> used;
        private final Map<String, Integer> next = new HashMap<>();

        Ids(Set<String> taken) {
            this.used = new HashSet<>(taken);
        }

        String unique(String base) {
            String candidate = base;
            int n = next.getOrDefault(base, 2);
            while (!used.add(candidate)) {
                candidate = base + "-" + n++;
            }
            next.put(base, n);
            return candidate;
        }
    }

    /** The last heading starting at or before the line, or -1: a binary search, as blocks times headings grew large. */
    private static int sectionIndex(List<Integer> starts, int line) {
        int found = java.util.Collections.binarySearch(starts, line);
        return found >= 0 ? found : -found - 2;
    }

    /** The lines of a section, without the blank lines that separate it from the next. */
    private static String join(String[] lines, int from, int to) {
        String joined = String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(from, lines.length), Math.min(to, lines.length)));
        return joined.stripTrailing();
    }
}
