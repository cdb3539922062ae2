/**
 * Exports of a theory: one format-neutral {@link com.theogen.export.TheoryReport} and one
 * {@link com.theogen.export.ExportRenderer} per file format (PDF, PowerPoint, Excel, PNG infographic). The
 * theory module maps a saved theory into a report; renderers never read the database.
 */
package com.theogen.export;
