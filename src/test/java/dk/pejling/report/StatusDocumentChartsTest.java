package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.chart.LineChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The status document of seed 000 with its goals' charts after the table and remarks: in HTML as
 * accessible inline SVG with the table of the same figures, in PDF drawn (Batik) with the table as
 * text, every font still embedded.
 */
class StatusDocumentChartsTest {

    private static final CommitteeDocument STATUS = Seeds.document(Seeds.STATUS_PLAN);

    @Test
    void theHtmlStatusHasAnAccessibleChartPerMeasuredGoalAfterTheRemarks() {
        Document html = Seeds.html(STATUS);
        List<Element> svgs = html.select("figure svg");
        assertThat(svgs).isNotEmpty();
        svgs.forEach(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            String[] labelledBy = svg.attr("aria-labelledby").split(" ");
            assertThat(html.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
            assertThat(html.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
        });
        // Initiative 1's first goal: 350 both years, 508 and 537: the same figures in the table beside.
        Element figure = html.select("figure").stream()
                .filter(f -> f.select("title").text().contains("Minimum 350 ledige københavnere"))
                .findFirst().orElseThrow();
        assertThat(figure.select("table tbody tr").eachText()).containsExactly("2019 350 508", "2020 350 537");
        // after the remarks: the status table stays first, the last remark heading comes before the charts
        assertThat(html.selectFirst("table").closest("figure")).isNull();
        List<Element> headings = html.select("h2, h3");
        assertThat(headings.get(headings.size() - 1).text()).isEqualTo(StatusDocumentBuilder.CHARTS_HEADING);
    }

    @Test
    void aChangedTargetIsMarkedInTheChartAndItsTable() {
        var plan = Seeds.plan(Seeds.STATUS_PLAN);
        var goal = plan.allGoals().stream()
                .filter(g -> g.targets().stream().anyMatch(t -> t.decision() != null && t.value() != null))
                .findFirst().orElseThrow();
        LineChart chart = GoalCharts.of(plan, goal).orElseThrow();
        assertThat(chart.series().stream().flatMap(s -> s.points().stream()).filter(LineChart.Point::marked)).isNotEmpty();
        assertThat(chart.table().rows()).anyMatch(r -> r.get(2).endsWith("(ændret)"));
        assertThat(chart.svg("x")).contains("Ændret mål (beslutning)");
    }

    @Test
    void thePdfStatusDrawsTheChartsWithTheirFiguresAsTextAndEveryFontEmbedded() throws Exception {
        byte[] pdf = new PdfDocumentWriter().write(STATUS);
        Files.write(Path.of("target", "status-with-charts.pdf"), pdf);
        String text = PdfText.flat(PdfText.pdftotext(pdf));
        assertThat(text).contains(StatusDocumentBuilder.CHARTS_HEADING, "Tallene bag figuren: Minimum 350 ledige københavnere");
        assertThat(text.indexOf(StatusDocumentBuilder.CHARTS_HEADING))
                .isGreaterThan(text.indexOf(StatusDocumentBuilder.REMARKS_INTRO.substring(0, 30)));
        assertThat(PdfStructure.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    }
}
