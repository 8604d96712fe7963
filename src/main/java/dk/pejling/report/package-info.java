/**
 * The committee's documents: one format-free model per document type built from a plan and its
 * assessments, written as HTML, Word, PDF and spreadsheet. Document libraries stay inside this module.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.report;
