/**
 * The audit trail: an append-only record of who changed what, when and why. Every write of a plan
 * is diffed field by field into it in the write's own transaction; other modules record their
 * changes (accounts, status rounds) through {@link dk.pejling.audit.AuditLog}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"plan", "bundle", "shared"})
package dk.pejling.audit;
