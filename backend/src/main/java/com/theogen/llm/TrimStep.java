package com.theogen.llm;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One way to make a payload smaller. {@code trim} returns a strictly smaller state, or empty when this step
 * cannot trim any further (so the planner moves on to the next step).
 *
 * @param name stable snake_case name recorded in the run manifest
 * @param trim the step
 * @param <S> the payload's state type
 */
public record TrimStep<S>(String name, Function<S, Optional<S>> trim) {

    public TrimStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trim, "trim");
    }
}
