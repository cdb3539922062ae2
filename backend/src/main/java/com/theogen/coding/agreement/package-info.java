/**
 * Inter-coder agreement between two coders (and, for α and AC1, any number of coders): pure statistics, no
 * Spring, no storage. Definitions, the "overall" aggregation, edge-case conventions and the α_u variant are
 * recorded in {@code docs/adr/024-agreement-statistics.md}.
 * <ul>
 *   <li>{@link com.theogen.coding.agreement.Agreement} is the facade: per-code figures from a 2×2 table, the
 *       general nominal α and AC1 over reliability data, the unitized α_u over character continua, and a whole
 *       comparison of two coders' applications ({@link com.theogen.coding.agreement.AgreementReport}).</li>
 *   <li>No statistic is ever {@code NaN} or throws for a statistical edge case: an undefined figure is a
 *       {@link com.theogen.coding.agreement.Measure} without a value and with the reason.</li>
 *   <li>Malformed input (negative counts, a span that ends before it starts, overlapping fragments of one
 *       interview) is a programming error of the caller and throws {@link IllegalArgumentException}.</li>
 * </ul>
 * A named interface of the coding module, so that the export module (XLSX report) and the bench may use it.
 */
@org.springframework.modulith.NamedInterface("agreement")
package com.theogen.coding.agreement;
