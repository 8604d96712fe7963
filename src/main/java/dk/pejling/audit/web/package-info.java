/** The audit trail over the API (JSON and CSV) and as pages: the whole trail, and one goal's changes. */
@org.jspecify.annotations.NullMarked
package dk.pejling.audit.web;
