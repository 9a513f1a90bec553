package dev.goose.playbook;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a stored section and a stored checklist item of a published version share: the version,
 * their place in it and their source line. Both are written once at publish and read back in
 * order into the parser's records, so writing and reading them lives here once.
 */
@MappedSuperclass
abstract class VersionPart extends PanacheEntityBase {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public PlaybookVersion version;

    @Column(name = "ord", nullable = false)
    public int position;

    @Column(name = "line_no", nullable = false)
    public int line;

    /** Places this part in the version, at its position and source line. */
    void placeIn(PlaybookVersion version, int position, int line) {
        this.version = version;
        this.position = position;
        this.line = line;
    }

    /** The text as stored: the column holds at most this many characters. */
    static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /**
     * A version's parts of one kind read straight into records, in order, without loading the
     * entities: diffs read hundreds of them. {@code fields} are the constructor's arguments, on alias p.
     */
    static <R> List<R> readInto(Class<R> record, String fields, Class<? extends VersionPart> part, PlaybookVersion version) {
        return Panache.getEntityManager(part).createQuery("select new " + record.getName() + "(" + fields + ") from "
                + part.getSimpleName() + " p where p.version = ?1 order by p.position", record)
                .setParameter(1, version).getResultList();
    }
}
