package dev.goose.playbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlaybookParserTest {

    private final PlaybookParser parser = new PlaybookParser(ParseSettings.defaults());

    private ParsedPlaybook parse(String path, String markdown) {
        ParseResult result = parser.parse(path, markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).as("errors").isEmpty();
        return result.playbook();
    }

    private List<ParseProblem> errors(String markdown) {
        ParseResult result = parser.parse("broken.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertThat(result.ok()).isFalse();
        assertThat(result.playbook()).isNull();
        return result.errors();
    }

    @Test
    void frontMatterGivesTheMetadata() {
        ParsedPlaybook playbook = parse("sales/discovery.md", """
                ---
                title: Discovery calls
                slug: sales/first-calls
                kind: sales
                audience: [rep, Manager]
                owner: maria@example.com
                summary: How we run a first call.
                review-by: 2027-03-31
                edition: 2
                ---
                # Ignored for the title
                Text.
                """);
        assertThat(playbook.title()).isEqualTo("Discovery calls");
        assertThat(playbook.slug()).isEqualTo("sales/first-calls");
        assertThat(playbook.kind()).isEqualTo(Kind.SALES);
        assertThat(playbook.audience()).containsExactly("rep", "manager");
        assertThat(playbook.owner()).isEqualTo("maria@example.com");
        assertThat(playbook.summary()).isEqualTo("How we run a first call.");
        assertThat(playbook.reviewBy()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(playbook.edition()).isEqualTo("2");
    }

    @Test
    void plainMarkdownIsAPlaybookTooTitledByItsFirstHeadingThenItsFileName() {
        ParsedPlaybook withHeading = parse("handbook/Our Handbook.md", "Intro\n\n# The Handbook\n\nText\n");
        assertThat(withHeading.title()).isEqualTo("The Handbook");
        assertThat(withHeading.slug()).isEqualTo("handbook/our-handbook");
        assertThat(withHeading.kind()).isEqualTo(Kind.REFERENCE);
        assertThat(parse("cold-calling_tips.md", "Just text.\n").title()).isEqualTo("Cold calling tips");
    }

    @Test
    void headingsBecomeSectionsWithStableAnchorsAndExplicitIdsWin() {
        ParsedPlaybook playbook = parse("p.md", """
                # Sales process
                ## Next steps
                Do this.
                ## Next steps
                ## Pricing questions {#pricing}
                ### Réductions & Co.
                """);
        assertThat(playbook.sections()).extracting(Section::anchor)
                .containsExactly("sales-process", "next-steps", "next-steps-2", "pricing", "reductions-co");
        assertThat(playbook.sections().get(3).title()).isEqualTo("Pricing questions");
        assertThat(playbook.html()).contains("<h2 id=\"pricing\">Pricing questions</h2>").doesNotContain("{#pricing}");
    }

    @Test
    void aSectionLinkedToAStageIsAStageGuide() {
        ParsedPlaybook playbook = parse("stages.md", """
                # Stages
                ## Discovery {#discovery stage=discovery}
                Ask about the budget.

                - [ ] Budget owner named {#budget-owner}
                ## Demo {stage=demo}
                Show it.
                """);
        assertThat(playbook.stageSections()).extracting(Section::anchor, Section::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("discovery", "discovery"),
                        org.assertj.core.groups.Tuple.tuple("demo", "demo"));
        Section discovery = playbook.stageSections().get(0);
        assertThat(discovery.source()).startsWith("## Discovery").contains("- [ ] Budget owner named");
        assertThat(discovery.text()).contains("Ask about the budget.").contains("Budget owner named").doesNotContain("{#");
        assertThat(playbook.items().get(0).section()).isEqualTo("discovery");
    }

    @Test
    void anUnknownStageIsAWarningNotAFailure() {
        ParseResult result = parser.parse("s.md", "## Upsell {stage=upsell}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("no stage 'upsell'");
        });
    }

    @Test
    void taskItemsBecomeChecklistItemsWithStableIdsDueRulesAndSignOff() {
        ParsedPlaybook playbook = parse("onboarding.md", """
                ## First week
                - [ ] Set up your CRM account {due=day1}
                - [x] Shadow three discovery calls {due=week1 signoff}
                - [ ] Read the **objection** handbook
                - [ ] Read the objection handbook
                - [ ] Kick-off {#kickoff due=2027-01-15}
                - a plain bullet is not an item
                  - [ ] but a nested task is
                """);
        assertThat(playbook.items()).extracting(ChecklistItem::id).containsExactly("set-up-your-crm-account",
                "shadow-three-discovery-calls", "first-week-read-the-objection-handbook",
                "first-week-read-the-objection-handbook-2", "kickoff", "but-a-nested-task-is");
        ChecklistItem shadow = playbook.items().get(1);
        assertThat(shadow.dueOffsetDays()).isEqualTo(6);
        assertThat(shadow.dueLabel()).isEqualTo("week 1");
        assertThat(shadow.signOff()).isTrue();
        assertThat(shadow.line()).isEqualTo(3);
        assertThat(playbook.items().get(0).dueOffsetDays()).isZero();
        assertThat(playbook.items().get(0).dueLabel()).isEqualTo("day 1");
        assertThat(playbook.items().get(2).text()).isEqualTo("Read the objection handbook");
        assertThat(playbook.items().get(4).dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(playbook.items()).allMatch(item -> item.section().equals("first-week"));
        assertThat(playbook.html()).contains("data-item=\"kickoff\"").doesNotContain("signoff").doesNotContain("<input");
    }

    @Test
    void itemIdsSurviveEditsElsewhereInTheDocument() {
        String before = "## A\n- [ ] Call the customer\n- [ ] Send the recap {#recap}\n";
        String after = "# New title\nIntro added.\n## A renamed {#a}\n- [ ] Book the demo\n- [ ] Call the customer\n"
                + "- [ ] Send a recap email today {#recap}\n";
        List<String> beforeIds = parse("p.md", before).items().stream().map(ChecklistItem::id).toList();
        List<String> afterIds = parse("p.md", after).items().stream().map(ChecklistItem::id).toList();
        assertThat(afterIds).containsAll(beforeIds);
    }

    @Test
    void repeatedItemTextsAreToldApartBySectionSoAnotherSectionNeverRenumbersThem() {
        String before = "## A\n- [ ] Call the customer\n## B\n- [ ] Call the customer\n";
        String after = "## Z\n- [ ] Call the customer\n## A\n- [ ] Call the customer\n## B\n- [ ] Call the customer\n";
        assertThat(parse("p.md", before).items()).extracting(ChecklistItem::id)
                .containsExactly("a-call-the-customer", "b-call-the-customer");
        assertThat(parse("p.md", after).items()).extracting(ChecklistItem::section, ChecklistItem::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("z", "z-call-the-customer"),
                org.assertj.core.groups.Tuple.tuple("a", "a-call-the-customer"),
                org.assertj.core.groups.Tuple.tuple("b", "b-call-the-customer"));
    }

    @Test
    void thousandsOfRepeatedItemsStayCheapAndTooManyAreRefusedWithTheirLine() {
        String many = "- [ ] a\n".repeat(4_000);
        assertThat(parse("p.md", many).items()).hasSize(4_000).last().satisfies(i -> assertThat(i.id()).isEqualTo("a-4000"));
        ParseRefused refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> parser.parse("p.md", "- [ ] a\n".repeat(5_001).getBytes(StandardCharsets.UTF_8)), ParseRefused.class);
        assertThat(refused.problems()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5_001);
            assertThat(e.message()).contains("at most 5000");
        });
    }

    @Test
    void datesAreCheckedStrictlyAndATitleThatLooksLikeADateStaysText() {
        assertThat(errors("---\nreview-by: 2027-02-30\n---\n")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(parse("p.md", "---\ntitle: 2024-01-01\n---\n").title()).isEqualTo("2024-01-01");
    }

    @Test
    void slugsThatPlaybookAddressesUseAreRefused() {
        assertThat(errors("---\nslug: sales/edit\n---\n")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
        ParseResult fromPath = parser.parse("sales/new.md", "# x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(fromPath.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("'sales/new'"));
    }

    @Test
    void duplicateExplicitIdsAreErrorsNamingBothLines() {
        assertThat(errors("- [ ] One {#x}\n- [ ] Two {#x}\n")).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("'x'").contains("line 1");
        });
        assertThat(errors("## A {#same}\n## B {#same}\n")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aBadDueRuleIsAnErrorWithItsLine() {
        assertThat(errors("Intro\n\n- [ ] Something {due=tomorrow}\n")).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(errors("- [ ] Something {due=day0}\n")).hasSize(1);
    }

    @Test
    void frontMatterThatIsNotYamlIsAnErrorAtItsLine() {
        assertThat(errors("---\ntitle: Fine\nkind: [unclosed\n---\nBody\n")).singleElement()
                .satisfies(e -> assertThat(e.line()).isBetween(3, 5));
        assertThat(errors("---\ntitle: No end\nBody\n")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void frontMatterFieldsOfTheWrongTypeAreErrorsAtTheirLine() {
        List<ParseProblem> problems = errors("""
                ---
                title: Fine
                kind: playbook
                audience: [rep, boss]
                owner: not-an-email
                review-by: soon
                title2: x
                ---
                """);
        assertThat(problems).extracting(ParseProblem::line).containsExactlyInAnyOrder(3, 4, 6);
        assertThat(problems).extracting(ParseProblem::message).anyMatch(m -> m.contains("'kind'"))
                .anyMatch(m -> m.contains("'boss'")).anyMatch(m -> m.contains("'review-by'"));
        assertThat(errors("---\ntitle: [a, b]\n---\n")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = "line one\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        ParseResult result = parser.parse("bad.md", broken);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("UTF-8");
        });
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing() {
        PlaybookParser small = new PlaybookParser(new ParseSettings(100, ParseSettings.DEFAULT_STAGES,
                ParseSettings.defaults().linkResolver()));
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> small.parse("big.md", new byte[101]),
                ParseRefused.class).problems()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("limit is 100"));
    }

    @Test
    void linksBetweenFilesLeadToThePlaybooks() {
        ParsedPlaybook playbook = parse("onboarding/new-rep.md",
                "See [stages](../sales/stages.md#discovery), [top](#top), [web](https://example.com/x.md).\n");
        assertThat(playbook.html()).contains("href=\"/playbooks/sales/stages#discovery\"")
                .contains("href=\"#top\"").contains("href=\"https://example.com/x.md\"");
        assertThat(LinkRewriter.resolve("a/b.md", "../../c.md")).isNull();
    }

    @Test
    void tablesCodeAndImagesByUrlSurvive() {
        ParsedPlaybook playbook = parse("t.md", """
                | Stage | Goal |
                |:------|-----:|
                | Demo  | Show |

                ```java
                if (a < b) call();
                ```

                ![chart](https://example.com/chart.png)
                """);
        assertThat(playbook.html()).contains("<table>").contains("<td").contains("Demo")
                .contains("<pre><code class=\"language-java\">if (a &lt; b) call();")
                .contains("<img src=\"https://example.com/chart.png\" alt=\"chart\" />");
    }

    @Test
    void theBodyKeepsTheFilesLineNumbersAfterFrontMatter() {
        ParsedPlaybook playbook = parse("p.md", "---\ntitle: T\n---\n\n## Five\n- [ ] Six\n");
        assertThat(playbook.sections()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(5));
        assertThat(playbook.items().get(0).line()).isEqualTo(6);
    }
}
