package com.theogen.support;

import org.springframework.beans.factory.ObjectProvider;

/** An {@link ObjectProvider} of one ready object, for helpers built outside a Spring context. */
public record FixedProvider<T>(T object) implements ObjectProvider<T> {

    @Override
    public T getObject() {
        return object;
    }

    @Override
    public T getObject(Object... args) {
        return object;
    }

    @Override
    public T getIfAvailable() {
        return object;
    }

    @Override
    public T getIfUnique() {
        return object;
    }
}
