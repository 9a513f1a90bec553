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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A section of a published version: its place in the outline, its stage link and its text for search. */
@Entity
@CachedIn(Region.PLAYBOOKS)
@Table(name = "playbook_section")
public class VersionSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playbook_section_seq")
    @SequenceGenerator(name = "playbook_section_seq", sequenceName = "playbook_section_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public PlaybookVersion version;

    @Column(name = "ord", nullable = false)
    public int position;

    @Column(nullable = false, length = 100)
    public String anchor;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "heading_level", nullable = false)
    public int level;

    @Column(length = 60)
    public String stage;

    @Column(name = "line_no", nullable = false)
    public int line;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10000000)
    public String markdown;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "plain_text", nullable = false, length = 10000000)
    public String plainText;

    static VersionSection of(PlaybookVersion version, int position, Section section) {
        VersionSection row = new VersionSection();
        row.version = version;
        row.position = position;
        row.anchor = section.anchor();
        row.title = section.title().length() > 500 ? section.title().substring(0, 500) : section.title();
        row.level = section.level();
        row.stage = section.stage();
        row.line = section.line();
        row.markdown = section.source();
        row.plainText = section.text();
        return row;
    }

    /** A version's sections, read straight into records: diffs read hundreds of them. */
    public static List<Section> sectionsOf(PlaybookVersion version) {
        return getEntityManager().createQuery("select new dev.goose.playbook.markdown.Section(s.anchor, s.title, s.level, s.stage,"
                + " s.line, s.markdown, s.plainText) from VersionSection s where s.version = ?1 order by s.position", Section.class)
                .setParameter(1, version).getResultList();
    }
}
