package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Seed 004's grant's account in Word: every check of the HTML golden test, over the Word file as LibreOffice opens it. */
class GrantAccountDocumentDocxGoldenTest extends GrantAccountDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.word(Seeds.GRANT_PLAN);
    }

    /**
     * A Word file holds the figures as printed, not the ledger's exact numbers behind them (the
     * spreadsheet and HTML do, and their tests check it): here the four economy figures are the
     * source's, in its order.
     */
    @Override
    @Test
    void economyInFiguresIsTheLedgersRoundedAsTheSourceRoundsIt() {
        String source = Seeds.source("004");
        String economy = source.substring(source.indexOf("3. Økonomi"), source.indexOf("4. Målopfyldelse"));
        List<String> stated = new ArrayList<>();
        Matcher m = Pattern.compile("(ca\\. )?(\\d+(?:,\\d+)?) mill\\. kr\\.").matcher(economy);
        while (m.find()) {
            String decimals = m.group(2).contains(",") ? m.group(2).replaceAll("0+$", "") : m.group(2);
            stated.add((m.group(1) == null ? "" : m.group(1)) + decimals + " mio. kr.");
        }
        Element table = html.select("table").stream()
                .filter(t -> t.select("th").eachText().contains("Post"))
                .findFirst()
                .orElseThrow();
        List<String> printed = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("td");
            if (List.of("Udmeldt til enhederne 2007", "Mindreforbrug 2007", "Samlet pulje 2008", "Forventet udgift 2008")
                    .contains(cells.get(0).text())) {
                printed.add(cells.get(1).text());
                assertThat(cells.get(1).attr("data-kind")).isEqualTo("kroner");
            }
            if (cells.get(0).text().startsWith("Statens bevilling")) {
                assertThat(cells.get(1).text()).isEqualTo("26.898.526 kr.");
            }
        }
        assertThat(stated).hasSize(5);
        assertThat(printed).containsExactlyElementsOf(stated.subList(1, 5));
    }
}
