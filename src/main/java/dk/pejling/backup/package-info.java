/**
 * Backup and restore of a whole installation: every table the migrations made, read generically
 * from the database's own description (so tables added later are included without code), written
 * as a ZIP of JSON and read back into an empty installation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.pejling.backup;
