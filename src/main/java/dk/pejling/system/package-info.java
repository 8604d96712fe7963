/** What every page shares: layout, home, sign-in page, errors, the clock and start-up checks. */
@org.jspecify.annotations.NullMarked
package dk.pejling.system;
