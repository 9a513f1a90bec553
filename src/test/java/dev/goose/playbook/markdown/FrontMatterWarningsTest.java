package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class FrontMatterWarningsTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private ParseResult parse(String path, String markdown) {
        return parser.parse(path, markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOwnerThatIsNotAnEmailAddressIsAWarningAtItsLineAndTheFileStillParses() {
        ParseResult result = parse("p.md", "---\ntitle: Pricing\nowner: Maria from sales\n---\n# Pricing\n");
        assertThat(result.ok()).isTrue();
        assertThat(result.playbook().owner()).isNull();
        assertThat(result.playbook().title()).isEqualTo("Pricing");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("'owner'").contains("'Maria from sales'");
        });
    }

    @Test
    void anUnknownFieldIsAWarningAtItsLine() {
        ParseResult result = parse("p.md", "---\ntitle: Pricing\ntags: [a]\n---\n");
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).contains("'tags'");
        });
    }

    @ParameterizedTest(name = "slug {0} names {1}")
    @CsvSource({ "sync, sync", "sales/edit, edit", "team/new, new", "review-due, review-due" })
    void aReservedSlugInTheFrontMatterIsRefusedNamingTheWord(String slug, String word) {
        ParseResult result = parse("p.md", "---\nslug: " + slug + "\n---\n");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("'" + slug + "'").contains("/" + word + ")");
        });
    }

    @Test
    void aFilesPathThatGivesAReservedSlugIsRefusedNamingTheWord() {
        ParseResult result = parse("sales/diff.md", "# Diff\n");
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("'sales/diff'").contains("ends with 'diff'").contains("rename the file"));
        assertThat(parse("search.md", "# S\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("'search' is a word").doesNotContain("ends with"));
    }

    @Test
    void aSlugThatOnlyContainsAReservedWordIsFine() {
        assertThat(parse("sales/syncing.md", "# S\n").ok()).isTrue();
        assertThat(parse("p.md", "---\nslug: edit-guide/x\n---\n").ok()).isTrue();
    }
}
