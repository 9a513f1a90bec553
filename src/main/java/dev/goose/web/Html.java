package dev.goose.web;

/** Text made safe to write into HTML or SVG built in Java, as text or inside a quoted attribute. */
public final class Html {

    private Html() {
    }

    /** The text with &amp;, &lt;, &gt; and both quotes escaped; null reads as empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
