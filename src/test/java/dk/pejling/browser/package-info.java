/** Tests of Pejling's pages in a real browser: journeys, accessibility and screenshots. */
@NullMarked
package dk.pejling.browser;

import org.jspecify.annotations.NullMarked;
