package dev.goose.reminders;

import java.util.ArrayList;
import java.util.List;

/**
 * The daily email to one person: what is overdue, what is due soon and what waits to be read, each
 * with its link. Plain Java: reminders in, subject and text out.
 */
public record Digest(String subject, String text) {

    private static final List<String> HEADINGS = List.of("Overdue", "Due soon", "To read and acknowledge");

    /** The digest for someone with these reminders, or null when there is nothing to tell them. */
    public static Digest compose(String name, List<Reminder> reminders, String baseUrl) {
        if (reminders.isEmpty()) {
            return null;
        }
        String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\nHere is what is waiting for you in Goose.\n");
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < Reminder.KINDS.size(); i++) {
            String kind = Reminder.KINDS.get(i);
            List<Reminder> ofKind = reminders.stream().filter(r -> r.kind().equals(kind)).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            counts.add(count(kind, ofKind.size()));
            text.append('\n').append(HEADINGS.get(i)).append(":\n");
            for (Reminder reminder : ofKind) {
                text.append("- ").append(reminder.text());
                if (reminder.due() != null) {
                    text.append(" (due ").append(reminder.due()).append(')');
                }
                if (reminder.link() != null && !reminder.link().isBlank()) {
                    text.append("\n  ").append(reminder.link().startsWith("/") ? root + reminder.link() : reminder.link());
                }
                text.append('\n');
            }
        }
        text.append("\nEverything you have to read: ").append(root).append("/to-read\n\n")
                .append("You get this email on days when something is waiting for you.\n");
        return new Digest("Goose: " + String.join(", ", counts), text.toString());
    }

    private static String count(String kind, int n) {
        return switch (kind) {
            case Reminder.OVERDUE -> n + " overdue";
            case Reminder.DUE_SOON -> n + " due soon";
            default -> n + (n == 1 ? " playbook" : " playbooks") + " to read";
        };
    }
}
