/**
 * The plan bundle, Pejling's interchange format: reading it (naming every error with its path) and
 * writing it (JSON and YAML, so that reading it back gives the same plan), its JSON Schema in
 * {@code schema/plan-bundle.json}, all-or-nothing import and export, and the demo plans made from the seeds.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.bundle;
