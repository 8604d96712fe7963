/** Who may do what: accounts, roles, sign-in, and the access rules of every endpoint. */
@org.jspecify.annotations.NullMarked
package dk.pejling.access;
