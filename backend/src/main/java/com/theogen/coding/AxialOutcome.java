package com.theogen.coding;

/**
 * What one axial-grouping call did.
 *
 * @param categoriesCreated new categories
 * @param codesGrouped codes placed into a category by this call
 * @param relationsCreated typed category relations stored
 * @param generatedBy {@code llm}, {@code offline} or {@code none} when nothing needed grouping
 */
public record AxialOutcome(int categoriesCreated, int codesGrouped, int relationsCreated, String generatedBy) {}
