package com.theogen.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned in code. Spring Data cannot tell such a new row by a null id, so without this
 * {@code save()} would merge (select, then insert); a row made in code calls {@link #markNew()}, a loaded or
 * persisted one is not new.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean fresh;

    protected AssignedIdEntity() {}

    /** Marks this entity as a row still to be inserted; called by the constructors that make new rows. */
    protected final void markNew() {
        fresh = true;
    }

    @Override
    public final boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        fresh = false;
    }
}
