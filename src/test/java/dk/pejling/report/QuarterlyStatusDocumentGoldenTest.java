package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 written back as HTML from its demo plan: the annex mark, title and date, the table's
 * header, every theme and initiative row in the source's order with its number and title, the status
 * text of the quarter as the source words it, and the figures of the goal cells in their order. The
 * rows are parsed from the source's tab-separated text.
 *
 * <p>The plan holds some of the source's goal cells as several goals (nr. 1.2, 1.9, 1.10 and the
 * sub-goals of 1.7 and 2.3), so goal cells are compared by their figures, not word for word.
 * Deviations, each for a reason, are the corrections in {@link #SOURCE_TYPOS} (line-break hyphens and
 * OCR damage the plan holds corrected) and the date: the source writes {@code 26.11.09}, Pejling
 * writes years with four digits.
 */
class QuarterlyStatusDocumentGoldenTest {

    static final Map<String, String> SOURCE_TYPOS = Map.of(
            "Kompetence-udvikling", "Kompetenceudvikling",
            "funktions-indskrænkning", "funktionsindskrænkning",
            "praktikindslningsforløb", "praktikindslusningsforløb",
            "\"plettestraffeattest..", "\"plettet straffeattest\".",
            "Sidst opdateret: 26.11.09", "Sidst opdateret: 26.11.2009");

    private final String source = Seeds.corrected(Seeds.source("001"), SOURCE_TYPOS);
    final Document html = document();

    /** The document as read back; the Word and spreadsheet golden tests read their own format. */
    Document document() {
        return Seeds.html(Seeds.QUARTERLY_PLAN);
    }


    @Test
    void headsTheDocumentWithTheSourcesAnnexMarkTitleAndDate() {
        List<String> heading = source.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(3).toList();
        assertThat(html.select(".label").text()).isEqualTo(heading.get(0));
        assertThat(html.select("h1").text()).isEqualTo(heading.get(1));
        assertThat(html.select(".meta").text()).isEqualTo(heading.get(2));
    }

    @Test
    void tableHasTheSourcesHeader() {
        String header = source.lines().filter(l -> l.startsWith("Nr.\t")).findFirst().orElseThrow();
        assertThat(html.selectFirst("table").select("thead th").eachText())
                .containsExactly(header.split("\t"));
    }

    @Test
    void everyThemeAndInitiativeOfTheSourceIsARowInTheSourcesOrderWithItsTitleStatusAndFigures() {
        List<SourceRow> expected = sourceRows();
        List<Element> rows = html.selectFirst("table").select("tbody tr");
        assertThat(rows).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            SourceRow want = expected.get(r);
            List<String> got = rows.get(r).select("td,th").stream().map(e -> SourceText.normal(e.text())).toList();
            assertThat(got.get(0)).as("number of row %d", r + 1).isEqualTo(want.number());
            assertThat(got.get(1)).as("title of %s", want.number()).isEqualTo(want.title());
            if (want.theme()) {
                continue;
            }
            assertThat(got.get(4)).as("status of %s", want.number()).isEqualTo(want.status());
            SourceText.assertSubsequence("activity goals of " + want.number(),
                    SourceText.numbers(want.activity()), SourceText.numbers(got.get(2)));
            SourceText.assertSubsequence("result goals of " + want.number(),
                    SourceText.numbers(want.result()), SourceText.numbers(got.get(3)));
            assertThat(got.get(3).isEmpty()).as("result goal cell of %s is empty as in the source", want.number())
                    .isEqualTo(want.result().isEmpty());
        }
    }

    record SourceRow(String number, String title, boolean theme, String activity, String result, String status) {}

    /**
     * The source's rows: a theme is a single-digit number with its title (in its own column or after
     * a space); an initiative row has number, title, activity goals, result goals and status in
     * tab-separated columns. Markup inside cells (lists, paragraphs, italics) is dropped.
     */
    private List<SourceRow> sourceRows() {
        List<SourceRow> out = new ArrayList<>();
        boolean inTable = false;
        for (String line : source.lines().toList()) {
            if (line.startsWith("Nr.\t")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String first = cells[0].strip();
            if (first.matches("\\d+ .+")) {
                int space = first.indexOf(' ');
                out.add(new SourceRow(first.substring(0, space), SourceText.normal(first.substring(space + 1)), true, "", "", ""));
            } else if (first.matches("\\d+")) {
                out.add(new SourceRow(first, SourceText.normal(cells[1]), true, "", "", ""));
            } else {
                out.add(new SourceRow(first, SourceText.normal(cells[1]), false,
                        SourceText.normal(cells[2]), SourceText.normal(cells[3]), SourceText.normal(cells[4])));
            }
        }
        return out;
    }
}
