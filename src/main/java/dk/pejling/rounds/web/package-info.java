/** The pages and the API of status rounds: opening and closing rounds, reporting, review, history. */
@org.jspecify.annotations.NullMarked
package dk.pejling.rounds.web;
