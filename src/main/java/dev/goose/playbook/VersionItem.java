package dev.goose.playbook;

import java.time.LocalDate;
import java.util.List;

import dev.goose.cache.CachedIn;
import dev.goose.cache.Region;
import dev.goose.playbook.markdown.ChecklistItem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A checklist item of a published version, by its stable id. */
@Entity
@CachedIn(Region.PLAYBOOKS)
@Table(name = "playbook_item")
public class VersionItem extends VersionPart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playbook_item_seq")
    @SequenceGenerator(name = "playbook_item_seq", sequenceName = "playbook_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "item_key", nullable = false, length = 100)
    public String key;

    @Column(name = "item_text", nullable = false, length = 2000)
    public String text;

    @Column(name = "section_anchor", nullable = false, length = 100)
    public String section;

    @Column(name = "due_offset_days")
    public Integer dueOffsetDays;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "sign_off", nullable = false)
    public boolean signOff;

    static VersionItem of(PlaybookVersion version, int position, ChecklistItem item) {
        VersionItem row = new VersionItem();
        row.placeIn(version, position, item.line());
        row.key = item.id();
        row.text = clip(item.text(), 2000);
        row.section = item.section();
        row.dueOffsetDays = item.dueOffsetDays();
        row.dueDate = item.dueDate();
        row.signOff = item.signOff();
        return row;
    }

    /** A version's checklist items, read straight into records. */
    public static List<ChecklistItem> itemsOf(PlaybookVersion version) {
        return readInto(ChecklistItem.class, "p.key, p.text, p.section, p.dueOffsetDays, p.dueDate, p.signOff, p.line",
                VersionItem.class, version);
    }
}
