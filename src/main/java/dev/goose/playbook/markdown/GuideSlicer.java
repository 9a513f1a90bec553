package dev.goose.playbook.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one section, with its subsections, out of a version: which anchors it spans, and its part of
 * the HTML rendered at publish. Plain Java, so that a stage guide never needs the Markdown again.
 */
public final class GuideSlicer {

    private static final Pattern HEADING = Pattern.compile("<h([1-6]) id=\"([^\"]+)\">");

    private GuideSlicer() {
    }

    /** The anchor of the section at {@code index} and those of the subsections below it. */
    public static Set<String> extent(List<Section> outline, int index) {
        Set<String> anchors = new LinkedHashSet<>();
        Section top = outline.get(index);
        anchors.add(top.anchor());
        for (int i = index + 1; i < outline.size() && (outline.get(i).level() > top.level() || outline.get(i).level() == 0); i++) {
            anchors.add(outline.get(i).anchor());
        }
        return anchors;
    }

    /** The HTML from the section's heading up to the next heading of the same or a higher level. */
    public static String html(String versionHtml, String anchor) {
        Matcher heading = HEADING.matcher(versionHtml);
        int start = -1;
        int level = 0;
        while (heading.find()) {
            if (start < 0 && heading.group(2).equals(anchor)) {
                start = heading.start();
                level = Integer.parseInt(heading.group(1));
            } else if (start >= 0 && Integer.parseInt(heading.group(1)) <= level) {
                return versionHtml.substring(start, heading.start()).strip();
            }
        }
        return start < 0 ? "" : versionHtml.substring(start).strip();
    }
}
