package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.finance.GrantLedger;
import dk.pejling.finance.GrantYear;
import dk.pejling.plan.Grant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 written back as HTML from its demo plan: the heading lines, the opening words of every
 * paragraph and list item, every figure, and the allocation of consultants per unit with its total,
 * all in the source's order as read from the source text; and the economy in figures from the
 * grant's ledger, each printed as the source rounds it and holding Pejling's exact number.
 *
 * <p>Deviations, each for a reason: Pejling writes the date {@code 24.04.2008} where the source
 * writes {@code 24-04-2008}; words the PDF text hyphenated at a line break ({@code bevillings-skrivelse})
 * are read whole, as the plan holds them ({@link #SOURCE_TYPOS}).
 */
class GrantAccountDocumentGoldenTest {

    static final Map<String, String> SOURCE_TYPOS = Map.of(
            "Dato: 24-04-2008", "Dato: 24.04.2008",
            "bevillings-skrivelse", "bevillingsskrivelse",
            "arbejds-markedskøre", "arbejdsmarkedskøre",
            "mentor-ordninger", "mentorordninger",
            "løn-tilskudsjob", "løntilskudsjob",
            "kontant-hjælpsmodtagere", "kontanthjælpsmodtagere");

    private static final Pattern ALLOCATION = Pattern.compile("^(.+?)\\t(\\d+)\\s*$");

    private final String source = Seeds.corrected(Seeds.source("004"), SOURCE_TYPOS);
    final Document html = document();

    /** The document as read back; the Word and spreadsheet golden tests read their own format. */
    Document document() {
        return Seeds.html(Seeds.GRANT_PLAN);
    }


    @Test
    void headsTheDocumentWithTheSourcesTitleDateCaseAndDocumentNumber() {
        List<String> lines = source.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(html.select(".meta").eachText()).containsExactlyElementsOf(lines.subList(0, 3));
        assertThat(html.select("h1").text()).isEqualTo(lines.get(3));
    }

    @Test
    void everyParagraphAndListItemOfTheSourceOpensInTheSourcesOrder() {
        List<String> expected = SourceText.openings(source, 60, line -> line.contains("\t") || line.contains("<hr"));
        List<String> body = expected.subList(4, expected.size()); // after date, case, document number and title
        assertThat(body).hasSizeGreaterThan(150);
        SourceText.assertInOrder("paragraphs of seed 004", body, SourceText.text(html));
    }

    @Test
    void everyFigureOfTheSourceAppearsInTheSourcesOrder() {
        String title = html.select("h1").text();
        String body = source.substring(source.indexOf(title) + title.length());
        SourceText.assertSubsequence("numbers of seed 004",
                SourceText.numbers(body), SourceText.numbers(String.join(" ", SourceText.bodyBlocks(html))));
    }

    @Test
    void allocationTableHasEveryUnitOfTheSourceWithItsConsultantsAndTheTotalInOrder() {
        List<List<String>> expected = new ArrayList<>();
        for (String line : source.lines().toList()) {
            Matcher m = ALLOCATION.matcher(line);
            if (m.matches()) {
                expected.add(List.of(m.group(1).strip(), m.group(2)));
            }
        }
        assertThat(expected).hasSizeGreaterThan(5);
        Element table = html.select("table").stream()
                .filter(t -> t.select("td").eachText().contains(expected.get(0).get(0)))
                .findFirst()
                .orElseThrow();
        List<List<String>> rows = table.select("tbody tr").stream()
                .map(tr -> tr.select("td").eachText())
                .toList();
        assertThat(rows).containsExactlyElementsOf(expected);
        // the table stands where the source announces it, before the paragraph that explains the total
        List<String> blocks = SourceText.blocks(html);
        int announced = SourceText.find(blocks, 0, b -> b.startsWith("Fordelingen af konsulenter"));
        int explained = SourceText.find(blocks, 0, b -> b.startsWith("Når tallet overstiger 71"));
        int total = SourceText.find(blocks, 0, b -> b.equals("I alt"));
        assertThat(announced).isLessThan(total);
        assertThat(total).isLessThan(explained);
    }

    /**
     * The economy paragraph's figures ({@code 14,530 mill. kr.}, {@code ca. 14 mill. kr.},
     * {@code 40,9 mill. kr.}, {@code 34,9 mill. kr.}) are read from the source; each ledger row prints
     * Pejling's figure with the source's decimals (trailing zeros dropped) and holds the exact kroner.
     */
    @Test
    void economyInFiguresIsTheLedgersRoundedAsTheSourceRoundsIt() {
        Grant grant = Seeds.plan(Seeds.GRANT_PLAN).grants().get(0);
        GrantLedger ledger = GrantLedger.of(grant);
        GrantYear y2007 = ledger.year(2007).orElseThrow();
        GrantYear y2008 = ledger.year(2008).orElseThrow();
        List<String> stated = new ArrayList<>();
        Matcher m = Pattern.compile("(ca\\. )?(\\d+(?:,\\d+)?) mill\\. kr\\.").matcher(economyParagraphs());
        while (m.find()) {
            String decimals = m.group(2).contains(",") ? m.group(2).replaceAll("0+$", "") : m.group(2);
            stated.add((m.group(1) == null ? "" : m.group(1)) + decimals + " mio. kr.");
        }
        // 26,9 (the award in millions), 14,53, ca. 14, 40,9 and 34,9 in the source's order
        assertThat(stated).hasSize(5);
        Element table = html.select("table").stream()
                .filter(t -> t.select("th").eachText().contains("Post"))
                .findFirst()
                .orElseThrow();
        Map<String, BigDecimal> exact = Map.of(
                "Udmeldt til enhederne 2007", y2007.allocationCost(),
                "Mindreforbrug 2007", y2007.underspend(),
                "Samlet pulje 2008", y2008.pool(),
                "Forventet udgift 2008", y2008.allocationCost());
        List<String> printed = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("td");
            String post = cells.get(0).text();
            if (exact.containsKey(post)) {
                printed.add(cells.get(1).text());
                assertThat(new BigDecimal(cells.get(1).attr("data-value"))).as(post).isEqualByComparingTo(exact.get(post));
                assertThat(cells.get(1).attr("data-kind")).isEqualTo("kroner");
            }
            if (post.startsWith("Statens bevilling")) {
                assertThat(cells.get(1).text()).isEqualTo("26.898.526 kr.");
                assertThat(cells.get(2).text()).isEqualTo(DanishFormatOf.count(y2007.awardStaff()));
            }
            if (post.startsWith("Udmeldt") || post.startsWith("Forventet")) {
                assertThat(cells.get(2).text()).isEqualTo(DanishFormatOf.count(y2007.allocatedStaff()));
            }
        }
        assertThat(printed).containsExactlyElementsOf(stated.subList(1, 5));
    }

    private String economyParagraphs() {
        int from = source.indexOf("3. Økonomi");
        int to = source.indexOf("4. Målopfyldelse");
        return source.substring(from, to);
    }

    /** Counts as the source writes them. */
    private static final class DanishFormatOf {
        static String count(BigDecimal value) {
            return dk.pejling.shared.DanishFormat.number(value);
        }
    }
}
