package dev.goose.playbook.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import dev.goose.people.Role;

/** The optional YAML block at the top of a playbook: what Goose reads from it, checked field by field. */
public record FrontMatter(String title, String slug, Kind kind, List<String> audience, String owner, String summary,
        LocalDate reviewBy, String edition, int lines) {

    static final FrontMatter NONE = new FrontMatter(null, null, null, List.of(), null, null, null, null, 0);
    private static final Set<String> KNOWN = Set.of("title", "slug", "kind", "audience", "owner", "summary", "review-by",
            "edition");

    /**
     * Reads the front matter at the start of the source, if any. {@code lines} is how many lines it
     * takes, delimiters included, so that the body keeps the file's line numbers.
     */
    public static FrontMatter read(String source, List<ParseProblem> errors, List<ParseProblem> warnings) {
        String[] lines = source.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return NONE;
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            errors.add(new ParseProblem(1, "The front matter starts with --- but never ends with another ---."));
            return NONE;
        }
        String yaml = String.join("\n", List.of(lines).subList(1, end));
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
                    new DumperOptions(), new LoaderOptions(), new NoTimestamps()).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            errors.add(new ParseProblem(line, "The front matter is not valid YAML: " + e.getProblem()));
            return NONE;
        } catch (YAMLException e) {
            errors.add(new ParseProblem(1, "The front matter is not valid YAML."));
            return NONE;
        }
        if (loaded == null) {
            return new FrontMatter(null, null, null, List.of(), null, null, null, null, end + 1);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            errors.add(new ParseProblem(2, "The front matter must be fields like 'title: ...', one per line."));
            return NONE;
        }
        Fields fields = new Fields(map, lines, errors);
        for (Object key : map.keySet()) {
            if (!KNOWN.contains(String.valueOf(key))) {
                warnings.add(new ParseProblem(fields.lineOf(String.valueOf(key)), "Unknown front matter field '" + key
                        + "' is ignored; known fields are " + String.join(", ", KNOWN.stream().sorted().toList()) + "."));
            }
        }
        String slug = fields.text("slug");
        if (slug != null && (!Slugs.VALID_PLAYBOOK_SLUG.matcher(slug).matches() || slug.length() > 200)) {
            errors.add(new ParseProblem(fields.lineOf("slug"), "'slug' may hold only a-z, 0-9, - and _, in parts separated"
                    + " by /, at most 200 characters."));
            slug = null;
        } else if (slug != null && Slugs.isReserved(slug)) {
            errors.add(new ParseProblem(fields.lineOf("slug"), "The slug " + Slugs.reservedMessage(slug) + "; choose another slug."));
            slug = null;
        }
        fields.limit("title", 300);
        fields.limit("summary", 2000);
        fields.limit("owner", 320);
        fields.limit("edition", 60);
        String kindText = fields.text("kind");
        Kind kind = kindText == null ? null : Kind.fromKey(kindText).orElse(null);
        if (kindText != null && kind == null) {
            errors.add(new ParseProblem(fields.lineOf("kind"), "'kind' must be sales, onboarding or reference, not '" + kindText + "'."));
        }
        List<String> audience = fields.roles("audience");
        String owner = fields.text("owner");
        // An owner is who gets the review reminders: a name instead of an address only loses those,
        // so the file still syncs and its author is told.
        if (owner != null && !owner.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            warnings.add(new ParseProblem(fields.lineOf("owner"), "'owner' should be an email address, not '" + owner
                    + "'; the playbook has no owner until it is one."));
            owner = null;
        }
        return new FrontMatter(fields.text("title"), slug, kind, audience, owner, fields.text("summary"),
                fields.date("review-by"), fields.text("edition"), end + 1);
    }

    /** Typed access to the fields, each problem reported at its own line. */
    private record Fields(Map<?, ?> map, String[] lines, List<ParseProblem> errors) {

        void limit(String key, int max) {
            Object value = map.get(key);
            if (value != null && String.valueOf(value).length() > max) {
                errors.add(new ParseProblem(lineOf(key), "'" + key + "' may be at most " + max + " characters long."));
            }
        }

        int lineOf(String key) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\":")) {
                    return i + 1;
                }
            }
            return 1;
        }

        String text(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                errors.add(new ParseProblem(lineOf(key), "'" + key + "' must be a single value, not a list or a map."));
                return null;
            }
            String text = String.valueOf(value).strip();
            return text.isEmpty() ? null : text;
        }

        LocalDate date(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(String.valueOf(value).strip());
            } catch (DateTimeParseException e) {
                errors.add(new ParseProblem(lineOf(key), "'" + key + "' must be a date like 2027-03-31, not '" + value + "'."));
                return null;
            }
        }

        List<String> roles(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            List<?> raw = value instanceof List<?> list ? list : List.of(value);
            java.util.Set<String> roles = new java.util.LinkedHashSet<>();
            for (Object item : raw) {
                String role = String.valueOf(item).strip();
                if (item instanceof Map || Role.fromKey(role).isEmpty()) {
                    errors.add(new ParseProblem(lineOf(key), "'" + key + "' lists roles: admin, manager or rep, not '" + item + "'."));
                } else {
                    roles.add(Role.fromKey(role).get().key());
                }
            }
            return List.copyOf(roles);
        }
    }

    /** Reads dates as text, so that 2027-02-30 is an error rather than quietly March 2nd, and a title stays a title. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
