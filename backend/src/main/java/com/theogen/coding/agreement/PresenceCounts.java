package com.theogen.coding.agreement;

/**
 * The 2×2 table behind one code's agreement: over the compared units (fragments, or characters), in how many
 * both coders applied the code, only coder A, only coder B, or neither.
 */
public record PresenceCounts(long both, long onlyA, long onlyB, long neither) {

    public static final PresenceCounts EMPTY = new PresenceCounts(0, 0, 0, 0);

    public PresenceCounts {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Counts a unit by who marked the code present in it. */
    public static PresenceCounts of(boolean[] a, boolean[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("both coders must judge the same units");
        }
        long both = 0, onlyA = 0, onlyB = 0, neither = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && b[i]) {
                both++;
            } else if (a[i]) {
                onlyA++;
            } else if (b[i]) {
                onlyB++;
            } else {
                neither++;
            }
        }
        return new PresenceCounts(both, onlyA, onlyB, neither);
    }

    /** Number of units compared. */
    public long units() {
        return both + onlyA + onlyB + neither;
    }

    /** Units where the code is present for coder A. */
    public long presentA() {
        return both + onlyA;
    }

    /** Units where the code is present for coder B. */
    public long presentB() {
        return both + onlyB;
    }

    /** Units where the coders agree (both, or neither). */
    public long agreements() {
        return both + neither;
    }

    /**
     * True when the two coders' values are not all the same: some unit has the code present for some coder and
     * some unit has it absent for some coder. Without variation κ and α are undefined.
     */
    public boolean hasVariation() {
        boolean anyPresent = both + onlyA + onlyB > 0;
        boolean anyAbsent = neither + onlyA + onlyB > 0;
        return anyPresent && anyAbsent;
    }

    /** The same table with the coders' roles exchanged. */
    public PresenceCounts swapped() {
        return new PresenceCounts(both, onlyB, onlyA, neither);
    }

    /** Cell-wise sum (pooling two tables). */
    public PresenceCounts plus(PresenceCounts other) {
        return new PresenceCounts(both + other.both, onlyA + other.onlyA, onlyB + other.onlyB, neither + other.neither);
    }
}
