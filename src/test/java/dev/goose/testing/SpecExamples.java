package dev.goose.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The examples of a Markdown spec (src/test/resources/markdown-spec), with the section each stands in. */
public final class SpecExamples {

    private static final String FENCE = "````````````````````````````````";

    public record Example(String spec, int number, String section, String markdown, String html) {

        @Override
        public String toString() {
            return spec + " example " + number + " (" + section + ")";
        }
    }

    private SpecExamples() {
    }

    public static List<Example> of(String file) {
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        for (String line : read(file).split("\n", -1)) {
            if (markdown == null && line.startsWith(FENCE + " example")) {
                markdown = new StringBuilder();
            } else if (markdown != null && html == null && line.equals(".")) {
                html = new StringBuilder();
            } else if (html != null && line.equals(FENCE)) {
                examples.add(new Example(file.replace("-spec.txt", ""), examples.size() + 1, section, tabs(markdown), tabs(html)));
                markdown = null;
                html = null;
            } else if (html != null) {
                html.append(line).append('\n');
            } else if (markdown != null) {
                markdown.append(line).append('\n');
            } else if (line.startsWith("#")) {
                section = line.replaceFirst("^#+ ", "");
            }
        }
        return examples;
    }

    private static String tabs(StringBuilder text) {
        return text.toString().replace('\u2192', '\t');
    }

    private static String read(String file) {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/markdown-spec/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
