package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 written back as HTML from its demo plan: the title, the opening words of every paragraph
 * and list item of the source, and every figure, in the source's order, read from the source text.
 *
 * <p>Deviations, each for a reason: the page mark {@code Side 2 af 4} is not content; the PDF text
 * moves list numbers and dashes to the end of lines ({@code virksomhedsindsats1.}, {@code ultimo -}),
 * which are read as the marks they were; the sub-goals are headed {@code Ad. 1.} where the source
 * writes {@code Ad.1}, {@code Ad.2.} and {@code Ad. 3.}.
 */
class ActionPlanDocumentGoldenTest {

    private final String source = Seeds.source("003").replaceAll("(?m)^\\s*Side \\d+ af \\d+\\s*$", "");
    final Document html = document();

    /** The document as read back; the Word and spreadsheet golden tests read their own format. */
    Document document() {
        return Seeds.html(Seeds.ACTION_PLAN);
    }

    @Test
    void titleIsTheSourcesTitle() {
        String title = source.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        assertThat(html.select("h1").text()).isEqualTo(title);
    }

    @Test
    void everyParagraphAndListItemOfTheSourceOpensInTheSourcesOrder() {
        List<String> expected = SourceText.openings(source, 60, line -> false).stream()
                .map(ActionPlanDocumentGoldenTest::subGoal)
                .toList();
        String generated = subGoal(SourceText.text(html));
        assertThat(expected).hasSizeGreaterThan(40);
        SourceText.assertInOrder("paragraphs of seed 003", expected, generated);
    }

    @Test
    void everyFigureOfTheSourceAppearsInTheSourcesOrder() {
        SourceText.assertSubsequence("numbers of seed 003",
                SourceText.numbers(source), SourceText.numbers(SourceText.text(html)));
    }

    @Test
    void theHeadlineGoalStandsWithItsBaselineAndTheGoalsAreAlsoFigures() {
        assertThat(html.select("p > strong").eachText())
                .contains("1. at overledigheden blandt indvandrere og efterkommere med ikke-vestlig oprindelse skal være maksimalt 5,8 procentpoint");
        assertThat(html.select("td.number[data-kind=decimal]").eachAttr("data-value")).contains("10.6", "5.8");
    }

    /** {@code Ad.1}, {@code Ad.2.}, {@code Ad. 3.} all as {@code Ad. 1.}. */
    private static String subGoal(String text) {
        return text.replaceAll("Ad\\.\\s?(\\d)\\.?", "Ad. $1.");
    }
}
