package dev.goose.onboarding.newhire;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the HTML a version was rendered to at publish into the playbook's own text and its checklist
 * items, so that a page can put each item's controls where the item stands, in its section. Only
 * the opening of an item (its list tag, box and own text) is cut out; a nested list and the closing
 * tag stay in the text that follows, so nested items and the document's structure survive.
 */
public final class ChecklistHtml {

    /** Either a stretch of the playbook's HTML ({@code itemId} null) or an item with its text as HTML. */
    public record Part(String html, String itemId) {

        public boolean isItem() {
            return itemId != null;
        }
    }

    private static final Pattern ITEM = Pattern.compile("<li[^>]*\\sdata-item=\"([^\"]+)\"[^>]*>");
    private static final Pattern BOX = Pattern.compile("<span class=\"task-box( ticked)?\"[^>]*></span>");
    private static final Pattern ITEM_TEXT_END = Pattern.compile("<ul|<ol|</li>");

    private ChecklistHtml() {
    }

    public static List<Part> split(String html) {
        List<Part> parts = new ArrayList<>();
        Matcher item = ITEM.matcher(html);
        int from = 0;
        while (item.find(from)) {
            if (item.start() > from) {
                parts.add(new Part(html.substring(from, item.start()), null));
            }
            Matcher end = ITEM_TEXT_END.matcher(html);
            int textEnd = end.find(item.end()) ? end.start() : html.length();
            String text = BOX.matcher(html.substring(item.end(), textEnd)).replaceFirst("").strip();
            parts.add(new Part(text, item.group(1)));
            from = textEnd;
        }
        if (from < html.length()) {
            parts.add(new Part(html.substring(from), null));
        }
        return List.copyOf(parts);
    }
}
