package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One entity, so that Hibernate builds a model and validates it against the schema, as Goose's does. */
@Entity
public class Note extends PanacheEntity {
    public String text;
}
