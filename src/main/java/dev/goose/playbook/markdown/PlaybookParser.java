package dev.goose.playbook.markdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns a playbook's Markdown into a {@link ParsedPlaybook}: front matter, sections with stable
 * anchors, checklist items with stable ids, stage links, and HTML rendered and then sanitized.
 * Plain Java with no framework: one instance serves any number of threads.
 */
public final class PlaybookParser {

    private static final String TASK_BOX = "<span class=\"task-box\" aria-hidden=\"true\"></span>";
    /** A ticked box in a playbook is an example shown ticked, never anyone's progress; the item's id is the same. */
    private static final String TICKED_BOX = "<span class=\"task-box ticked\" role=\"img\" aria-label=\"ticked\"></span>";

    /** The ids a document's headings and items render with, kept on the document for the one shared renderer. */
    private static final DataKey<Map<Node, String>> IDS = new DataKey<>("GOOSE_IDS", new IdentityHashMap<>());

    private final ParseSettings settings;
    private final ParseBudget budget;
    private final Parser parser;
    /** The same without autolinks, for text that has nothing to link: looking for links costs a third of a parse. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public PlaybookParser(ParseSettings settings) {
        this(settings, ParseBudget.DEFAULT);
    }

    public PlaybookParser(ParseSettings settings, ParseBudget budget) {
        this.settings = settings;
        this.budget = budget;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(), AttributesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        GitHubTables.configure(options);
        // Attributes are read from the tree by Outline and Braces, never given to other nodes.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        options.set(AttributesExtension.WRAP_NON_ATTRIBUTE_TEXT, false);
        options.set(TaskListExtension.ITEM_DONE_MARKER, TICKED_BOX);
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, TASK_BOX);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                TaskListExtension.create(), AttributesExtension.create(), StrikethroughExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(DisallowedHtml.renderer())
                .nodeRendererFactory(Braces.renderer()).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return PlaybookParser::setIds;
            }
        }).build();
    }

    /**
     * Parses one playbook. {@code path} is the file's path in the playbook folder (for example
     * {@code sales/discovery.md}); it gives the default slug and title, and resolves relative links.
     *
     * @throws ParseRefused when the text is larger than allowed or costs more to read than its {@link ParseBudget} allows
     */
    public ParseResult parse(String path, byte[] content) {
        List<ParseProblem> errors = new ArrayList<>();
        List<ParseProblem> warnings = new ArrayList<>();
        if (content.length > settings.maxBytes()) {
            throw new ParseRefused(0, "The file has " + content.length + " bytes; the limit is " + settings.maxBytes() + ".");
        }
        String source = decode(content, errors);
        if (source == null) {
            return new ParseResult(null, errors, warnings);
        }
        FrontMatter front = FrontMatter.read(source, errors, warnings);
        String body = blankOut(source, front.lines());
        TimedText text = budget.start(body);
        try {
            return read(path, front, body, text, errors, warnings);
        } catch (StackOverflowError e) {
            throw ParseBudget.overflowed(text);
        }
    }

    private ParseResult read(String path, FrontMatter front, String body, TimedText text, List<ParseProblem> errors,
            List<ParseProblem> warnings) {
        Document document = (mayAutolink(body) ? parser : parserWithoutAutolinks).parse(BasedSequence.of(text));
        LineIndex lines = new LineIndex(body);
        Braces.restore(document, lines, warnings);
        DisallowedHtml.check(document, lines, warnings);
        GitHubTables.unescapePipesInCode(document);
        Outline outline = Outline.of(document, body, settings, errors, warnings);
        LinkRewriter.rewrite(document, path, settings.linkResolver(), lines, warnings);
        FencedBlocks.replace(document, lines, settings.blocks(), parserWithoutAutolinks, errors);
        AttributesExtension.NODE_ATTRIBUTES.get(document).clear();
        for (AttributesNode attributes : outline.attributeNodes()) {
            attributes.unlink();
        }
        String slug = front.slug() != null ? front.slug() : Slugs.ofPath(path);
        if (front.slug() == null && slug.length() > 200) {
            errors.add(new ParseProblem(0, "The file's path gives a slug of " + slug.length() + " characters, more than 200;"
                    + " rename the file or give a 'slug:' in the front matter."));
        } else if (front.slug() == null && !slug.isEmpty() && Slugs.isReserved(slug)) {
            errors.add(new ParseProblem(0, "The file's path gives the slug " + Slugs.reservedMessage(slug)
                    + "; rename the file or give a 'slug:' in the front matter."));
        }
        if (!errors.isEmpty()) {
            return new ParseResult(null, byLine(errors), byLine(warnings));
        }
        String rendered = render(document, outline);
        text.check();
        String html = HtmlSanitizer.sanitize(rendered);
        String title = front.title() != null ? front.title() : outline.firstTitle() != null ? outline.firstTitle() : titleFrom(path);
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        ParsedPlaybook playbook = new ParsedPlaybook(title, slug, front.kind() != null ? front.kind() : Kind.REFERENCE,
                front.audience(), front.owner(), front.summary(), front.reviewBy(), front.edition(), html, outline.sections(),
                outline.items(), byLine(warnings));
        return new ParseResult(playbook, List.of(), byLine(warnings));
    }

    /** Whether the text holds anything an autolink could be made of: a scheme, a www. address or an email address. */
    static boolean mayAutolink(String body) {
        if (body.contains("://") || body.indexOf('@') >= 0) {
            return true;
        }
        for (int dot = body.indexOf('.', 3); dot >= 0; dot = body.indexOf('.', dot + 1)) {
            if (body.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static List<ParseProblem> byLine(List<ParseProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(ParseProblem::line)).toList();
    }

    private String render(Document document, Outline outline) {
        Map<Node, String> ids = new IdentityHashMap<>(outline.headingAnchors());
        ids.putAll(outline.itemIds());
        document.set(IDS, ids);
        return renderer.render(document);
    }

    private static void setIds(Node node, AttributablePart part, MutableAttributes attributes) {
        String id = IDS.get(node.getDocument()).get(node);
        if (id == null) {
            return;
        }
        if (node instanceof Heading) {
            attributes.replaceValue("id", id);
        } else if (node instanceof TaskListItem) {
            attributes.replaceValue("id", "item-" + id);
            attributes.replaceValue("data-item", id);
        }
    }

    /** Strict UTF-8: a broken byte is reported with its line rather than silently replaced. */
    private static String decode(byte[] content, List<ParseProblem> errors) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            errors.add(new ParseProblem(lineOfFirstBadByte(content), "The file is not valid UTF-8 text."));
            return null;
        }
    }

    private static int lineOfFirstBadByte(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    /** The body with the front matter's lines left empty, so that line numbers stay those of the file. */
    private static String blankOut(String source, int lines) {
        if (lines == 0) {
            return source;
        }
        int index = 0;
        for (int i = 0; i < lines && index >= 0; i++) {
            index = source.indexOf('\n', index) + 1;
            if (index == 0) {
                return "\n".repeat(lines);
            }
        }
        return "\n".repeat(lines) + source.substring(index);
    }

    private static String titleFrom(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("(?i)\\.(md|markdown)$", "");
        String spaced = name.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? "Untitled" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
