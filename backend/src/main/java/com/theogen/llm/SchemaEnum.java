package com.theogen.llm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code String} component of a stage's output record: the JSON schema sent to the model restricts the value
 * to the wire names of {@link #value()}'s constants (as Jackson writes them), while the reply is still read as the
 * text the model wrote — so a server that ignores the schema loses nothing, and the stage decides what an unknown
 * value becomes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface SchemaEnum {

    Class<? extends Enum<?>> value();
}
