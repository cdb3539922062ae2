package com.theogen.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stable, machine-readable error code owned by one module. Each module that raises errors declares an enum
 * implementing this interface; other modules compare codes by identity ({@code e.code() == LlmError.TIMEOUT})
 * or ask {@link #retriable()}, never by comparing strings.
 *
 * <p>The enum lists only its constants: the wire spelling is the constant's name unless {@link Code} says
 * otherwise, the category comes from {@link Category} on the constant or else on the enum, and {@link Retriable}
 * marks the constants worth trying again. A constant without a category fails on first use of its enum.
 */
public interface ErrorCode {

    /** The enum constant's name (every enum provides it). */
    String name();

    /** The wire spelling rendered as the ProblemDetail's {@code error_code}, e.g. {@code PROJECT_NOT_FOUND}. */
    default String code() {
        return ErrorCodeTraits.of(this).code();
    }

    /** Decides the HTTP status when the error reaches a caller. */
    default ErrorCategory category() {
        return ErrorCodeTraits.of(this).category();
    }

    /** Whether trying the same operation again later may succeed (rate limits, timeouts, outages). */
    default boolean retriable() {
        return ErrorCodeTraits.of(this).retriable();
    }

    /** The category of a constant, or of every constant of the enum that does not name its own. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD})
    @interface Category {
        ErrorCategory value();
    }

    /** The wire spelling of a constant whose name is not its code. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Code {
        String value();
    }

    /** Marks a constant whose operation may succeed when tried again later. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Retriable {}
}
