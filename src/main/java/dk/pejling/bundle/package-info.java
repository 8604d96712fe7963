/**
 * The plan bundle: one JSON or YAML file that holds a whole plan, Pejling's import and export
 * format. The reader names every error it finds with its path; the writer writes a plan so that
 * reading it back gives the same plan. Its JSON Schema ships in {@code schema/plan-bundle.json}.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.bundle;
