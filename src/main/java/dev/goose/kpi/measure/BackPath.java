package dev.goose.kpi.measure;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a form sends the browser back to. Only a path on this site is taken, so a crafted link
 * cannot turn a Goose form into a redirect to somewhere else.
 */
final class BackPath {

    static final String HOME = "/";

    private BackPath() {
    }

    /** The path if it is a relative path on this site ("/deals/4"), else the home page. */
    public static String safe(String back) {
        if (back == null || back.isBlank()) {
            return HOME;
        }
        String path = back.strip();
        // "//host" and "/\host" are read by browsers as another site; control characters could split a header.
        boolean local = path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local && parses(path) ? path : HOME;
    }

    /** A path the browser could not follow (a space, a stray "%") would fail as a Location header. */
    private static boolean parses(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The safe path with one query parameter set: earlier values of it, and of the other
     * confirmations named, are dropped so that logging twice does not pile them up. The fragment goes.
     */
    public static String with(String back, String name, Object value, String... replaced) {
        String path = safe(back);
        int hash = path.indexOf('#');
        path = hash < 0 ? path : path.substring(0, hash);
        int question = path.indexOf('?');
        String base = question < 0 ? path : path.substring(0, question);
        String query = question < 0 ? "" : Arrays.stream(path.substring(question + 1).split("&"))
                .filter(pair -> !pair.isEmpty() && !named(pair, name) && Arrays.stream(replaced).noneMatch(r -> named(pair, r)))
                .collect(Collectors.joining("&"));
        return base + "?" + (query.isEmpty() ? "" : query + "&") + name + "=" + value;
    }

    private static boolean named(String pair, String name) {
        return pair.equals(name) || pair.startsWith(name + "=");
    }
}
