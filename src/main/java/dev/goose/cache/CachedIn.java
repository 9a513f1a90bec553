package dev.goose.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose inserts, updates and deletes make a region's caches stale. Entities written
 * on hot paths that no cache reads (session touches, seen markers, deliveries) stay unmarked.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CachedIn {
    Region value();
}
