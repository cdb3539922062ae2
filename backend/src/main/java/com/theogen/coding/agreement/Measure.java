package com.theogen.coding.agreement;

import java.util.Objects;

/**
 * A figure that may be undefined: either a finite {@code value} (and {@code undefined == null}) or no value and
 * the reason. Never {@code NaN}, never infinite.
 *
 * @param value the figure, {@code null} when undefined
 * @param undefined why there is no figure, {@code null} when defined
 */
public record Measure(Double value, Undefined undefined) {

    /** Why a figure has no value. */
    public enum Undefined {
        /** Nothing to compare: no unit (no fragment, no character, no unit with two values). */
        NO_UNITS,
        /**
         * Every unit has the same value for every coder (a code nobody used, or one both used everywhere):
         * chance agreement is total, so a chance-corrected coefficient is 0/0. The data say nothing about
         * reliability.
         */
        NO_VARIATION,
        /** An aggregate over codes when no code qualifies. */
        NO_CODES
    }

    public Measure {
        if ((value == null) == (undefined == null)) {
            throw new IllegalArgumentException("exactly one of value and undefined must be set");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }

    public static Measure of(double value) {
        return new Measure(value, null);
    }

    public static Measure undefined(Undefined why) {
        return new Measure(null, Objects.requireNonNull(why, "why"));
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The value, or {@code fallback} when undefined. */
    public double orElse(double fallback) {
        return value == null ? fallback : value;
    }
}
