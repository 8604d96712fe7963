/**
 * The plan bundle, Pejling's interchange format: reading and writing it (JSON and YAML), its JSON
 * Schema, all-or-nothing import and export, and the demo plans made from the seeds.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.bundle;
