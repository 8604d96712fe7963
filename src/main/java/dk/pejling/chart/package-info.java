/**
 * Charts drawn on the server as SVG, with no script: a line chart for a goal's course (baseline,
 * targets, results, projection) and a bar chart for money per year. Every chart carries its title, a
 * description and a table of the same figures, so that nobody needs to see the picture to read it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package dk.pejling.chart;
