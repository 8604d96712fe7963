/** The pages and API calls of access: API tokens, one's own account, and administrators ending sessions. */
@org.jspecify.annotations.NullMarked
package dk.pejling.access.web;
