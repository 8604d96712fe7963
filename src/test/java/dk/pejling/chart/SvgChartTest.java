package dk.pejling.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.chart.Chart.DataTable;
import dk.pejling.chart.LineChart.Point;
import dk.pejling.chart.LineChart.Series;
import dk.pejling.chart.LineChart.Style;
import dk.pejling.chart.LineChart.Tick;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The server-drawn charts: round axes, points where their figures are, and text a screen reader gets. */
class SvgChartTest {

    private static final DataTable TABLE = new DataTable("Tal", List.of("År", "Resultat"), List.of(List.of("2019", "508")));

    @Test
    void roundsTheAxisToNiceStepsThatCoverEveryFigure() {
        Scale scale = Scale.covering(new BigDecimal("43"), new BigDecimal("90"), false);
        assertThat(scale.step()).isEqualByComparingTo("20");
        assertThat(scale.min()).isEqualByComparingTo("40");
        assertThat(scale.max()).isEqualByComparingTo("100");
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("40", "60", "80", "100");
        assertThat(Scale.niceStep(new BigDecimal("0.3"))).isEqualByComparingTo("0.5");
        assertThat(Scale.niceStep(new BigDecimal("2100000"))).isEqualByComparingTo("2500000");
    }

    @Test
    void barsOfMoneyStartAtZeroSoTheirLengthIsTheirSize() {
        Scale scale = Scale.covering(new BigDecimal("3300000"), new BigDecimal("4400000"), true);
        assertThat(scale.min()).isEqualByComparingTo("0");
        assertThat(scale.y(BigDecimal.ZERO, 0, 100)).isEqualTo(100.0);
        assertThat(scale.y(scale.max(), 0, 100)).isEqualTo(0.0);
    }

    @Test
    void drawsAHigherResultHigherAndAChangedTargetAsADiamondNamedInTheLegend() throws Exception {
        LineChart chart = new LineChart("Deltagere", "350 om året; 508 og 537.", "Antal",
                List.of(new Tick(0, "2019"), new Tick(366, "2020")),
                List.of(new Series("Mål", Style.TARGET, List.of(
                                new Point(0, BigDecimal.valueOf(350), "Mål 2019", false),
                                new Point(366, BigDecimal.valueOf(400), "Mål 2020", true))),
                        new Series("Resultat", Style.RESULT, List.of(
                                new Point(0, BigDecimal.valueOf(508), "Resultat 2019", false),
                                new Point(366, BigDecimal.valueOf(537), "Resultat 2020", false)))),
                TABLE);
        Document svg = parse(chart.svg("goal-1"));
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("goal-1-title goal-1-desc");
        assertThat(text(svg, "title", 0)).isEqualTo("Deltagere");
        assertThat(text(svg, "desc", 0)).isEqualTo("350 om året; 508 og 537.");

        double[] results = points(svg, "#1f4e8c");
        assertThat(results[1]).as("537 is drawn above 508 (SVG's y grows downwards)").isLessThan(results[0]);
        assertThat(svg.getElementsByTagName("polygon").getLength()).as("the changed target's diamond, and the legend's").isEqualTo(2);
        assertThat(chart.svg("goal-1")).contains("Ændret mål (beslutning)").contains(">2019<").contains(">2020<");
    }

    @Test
    void escapesTextSoAGoalCannotBreakTheMarkup() throws Exception {
        LineChart chart = new LineChart("<script>&\"", "a < b", "Antal", List.of(),
                List.of(new Series("R", Style.RESULT, List.of(new Point(0, BigDecimal.ONE, "<x>", false)))), TABLE);
        Document svg = parse(chart.svg("\"><bad"));
        assertThat(text(svg, "title", 0)).isEqualTo("<script>&\"");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void drawsABarPerSeriesAndYearAndLeavesAGapForAMissingFigure() throws Exception {
        BarChart chart = new BarChart("Budget", "Budget og forbrug.", "Kr.", List.of("2019", "2020"),
                List.of(new BarChart.Bars("Budget", Arrays.asList(new BigDecimal("3300000"), new BigDecimal("3300000"))),
                        new BarChart.Bars("Forbrug", Arrays.asList(new BigDecimal("2000000"), null))),
                TABLE);
        Document svg = parse(chart.svg("budget"));
        // 3 bars, 2 legend swatches, the background
        assertThat(svg.getElementsByTagName("rect").getLength() - 1 /* pattern's */).isEqualTo(1 + 3 + 2);
        assertThat(chart.svg("budget")).contains(">3 mio.<").contains("url(#budget-hatch)");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String text(Document svg, String tag, int index) {
        return svg.getElementsByTagName(tag).item(index).getTextContent();
    }

    /** The y of the filled dots of one colour, in drawing order. */
    private static double[] points(Document svg, String colour) {
        NodeList circles = svg.getElementsByTagName("circle");
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (colour.equals(c.getAttribute("fill"))) {
                ys.add(Double.parseDouble(c.getAttribute("cy")));
            }
        }
        return ys.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
