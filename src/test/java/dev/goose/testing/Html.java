package dev.goose.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rendered HTML as a reader sees it, for tests that compare what is shown rather than the markup. */
public final class Html {

    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);");

    private Html() {
    }

    /** What a reader sees: no tags or comments, entities decoded, runs of blanks as one. */
    public static String text(String html) {
        String bare = html.replaceAll("<!--.*?-->", "").replaceAll("<[^>]*>", "");
        Matcher entity = ENTITY.matcher(bare);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        entity.appendTail(decoded);
        return decoded.toString().replaceAll("\\s+", " ").strip();
    }
}
