/**
 * Theory generation: a theory run is a durable job of kind {@code theory} (see {@link com.theogen.job}) that runs
 * the staged pipeline of DESIGN.md §7.1 — load, auto-code, axial grouping, graph metrics, per-category evidence,
 * central category, paradigm with validation and repairs, saturation and gaps, evidence verification, save — by a
 * language model or by the offline analyst, and saves an immutable, versioned {@link com.theogen.theory.Theory}
 * with its run manifest. Every quote in a saved theory is verbatim in its fragment. Other modules read theories
 * through {@link com.theogen.theory.Theories}; exports get them through the {@code TheoryReportSource} this module
 * implements.
 */
package com.theogen.theory;
