package dev.goose.playbook;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.playbook.markdown.Section;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A section of a published version: its place in the outline, its stage link and its text for search. */
@Entity
@CachedIn(Region.PLAYBOOKS)
@Table(name = "playbook_section")
public class VersionSection extends VersionPart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playbook_section_seq")
    @SequenceGenerator(name = "playbook_section_seq", sequenceName = "playbook_section_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 100)
    public String anchor;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "heading_level", nullable = false)
    public int level;

    @Column(length = 60)
    public String stage;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10000000)
    public String markdown;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "plain_text", nullable = false, length = 10000000)
    public String plainText;

    static VersionSection of(PlaybookVersion version, int position, Section section) {
        VersionSection row = new VersionSection();
        row.placeIn(version, position, section.line());
        row.anchor = section.anchor();
        row.title = clip(section.title(), 500);
        row.level = section.level();
        row.stage = section.stage();
        row.markdown = section.source();
        row.plainText = section.text();
        return row;
    }

    /** A version's sections, read straight into records: diffs read hundreds of them. */
    public static List<Section> sectionsOf(PlaybookVersion version) {
        return readInto(Section.class, "p.anchor, p.title, p.level, p.stage, p.line, p.markdown, p.plainText",
                VersionSection.class, version);
    }
}
