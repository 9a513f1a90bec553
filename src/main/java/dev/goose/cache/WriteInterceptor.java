package dev.goose.cache;

import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sees every insert, update and delete Hibernate makes of an entity marked {@link CachedIn}, so no
 * use case has to remember which caches its writes make stale. Bulk statements are not seen here:
 * the few that touch cached data call {@link Writes#changed} themselves.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class WriteInterceptor implements Interceptor {

    @Inject
    Writes writes;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        note(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        note(entity);
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        note(entity);
        return false;
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        noteOwner(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        noteOwner(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        noteOwner(collection);
    }

    private void noteOwner(Object collection) {
        if (collection instanceof PersistentCollection<?> persistent && persistent.getOwner() != null) {
            note(persistent.getOwner());
        }
    }

    private void note(Object entity) {
        CachedIn cachedIn = entity.getClass().getAnnotation(CachedIn.class);
        if (cachedIn != null) {
            writes.changed(cachedIn.value());
        }
    }
}
