/** The history over the API: versions of a plan, and replacing a plan with its revision named. */
@org.jspecify.annotations.NullMarked
package dk.pejling.history.web;
