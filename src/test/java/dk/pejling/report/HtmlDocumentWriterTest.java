package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlDocumentWriterTest {

    private static final String SCRIPT = "<script>alert('x')</script> & \"mere\"";

    private final HtmlDocumentWriter writer = new HtmlDocumentWriter();

    private static CommitteeDocument document(String text) {
        return new CommitteeDocument("status", "Bilag " + text, "Titel " + text, List.of("Dato " + text), List.of(
                new Heading(1, "Kapitel " + text),
                new Paragraph("Afsnit " + text),
                new Paragraph("Fremhævet " + text, true),
                new BulletList(List.of("Punkt " + text), false),
                new Table("Ark", "Tabel " + text, List.of("Kolonne " + text, "Beløb"), List.of(
                        new Row(List.of(new Cell("Gruppe " + text, null, NumberKind.NONE, true, 2)), true),
                        Row.of(Cell.text("Celle " + text), Cell.number("3,3 mio. kr.", new BigDecimal("3300000"), NumberKind.KRONER))))));
    }

    private Document parse(CommitteeDocument document) {
        return Jsoup.parse(new String(writer.write(document), StandardCharsets.UTF_8));
    }

    @Test
    void writesTextWithMarkupAsTextSoThatNoScriptGetsIntoThePage() {
        Document html = parse(document(SCRIPT));
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("Titel " + SCRIPT);
        assertThat(html.title()).isEqualTo("Titel " + SCRIPT);
        assertThat(html.select(".label").text()).isEqualTo("Bilag " + SCRIPT);
        assertThat(html.select(".meta").text()).isEqualTo("Dato " + SCRIPT);
        assertThat(html.select("main p, main li, main td, main th, main caption, main h2").eachText())
                .filteredOn(t -> t.contains("alert"))
                .hasSize(10)
                .allSatisfy(t -> assertThat(t).endsWith(SCRIPT).doesNotContain("&amp;"));
    }

    @Test
    void anyTextComesOutAsTheSameTextInWellFormedMarkup() {
        qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
            byte[] bytes = writer.write(document(text));
            Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            String expected = ("Afsnit " + text).strip().replaceAll("\\s+", " ");
            assertThat(html.select("main > p").first().text()).isEqualTo(expected);
            assertThat(html.select("script")).isEmpty();
            assertWellFormedXml(bytes);
        });
    }

    @Test
    void writesAStandaloneDanishPageWithOneTitleRealHeadingsAndPrintStyles() {
        byte[] bytes = writer.write(document("æøå"));
        String page = new String(bytes, StandardCharsets.UTF_8);
        Document html = Jsoup.parse(page);
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h2").text()).isEqualTo("Kapitel æøå");
        assertThat(html.select("style").html()).contains("@media print");
        assertThat(html.select("script, link, img, iframe, [src], [href]")).isEmpty();
        assertThat(html.select("main p > strong").text()).isEqualTo("Fremhævet æøå");
        assertWellFormedXml(bytes);
    }

    @Test
    void tablesHaveACaptionColumnHeadersAGroupHeaderAndFiguresWithTheirNumber() {
        Element table = parse(document("x")).selectFirst("table");
        assertThat(table.select("caption").text()).isEqualTo("Tabel x");
        assertThat(table.select("thead th").eachAttr("scope")).containsExactly("col", "col");
        Element group = table.selectFirst("tr.group th");
        assertThat(group.attr("scope")).isEqualTo("rowgroup");
        assertThat(group.attr("colspan")).isEqualTo("2");
        Element figure = table.selectFirst("td.number");
        assertThat(figure.text()).isEqualTo("3,3 mio. kr.");
        assertThat(figure.attr("data-value")).isEqualTo("3300000");
        assertThat(figure.attr("data-kind")).isEqualTo("kroner");
    }

    @Test
    void aTableWithoutCaptionIsCaptionedByItsSheetNameAndCellParagraphsStayParagraphs() {
        CommitteeDocument doc = new CommitteeDocument("status", null, "T", List.of(), List.of(
                new Table("Status", null, List.of("A"), List.of(Row.of(Cell.text("Første afsnit.\n\nAndet afsnit.\nNy linje."))))));
        Element table = parse(doc).selectFirst("table");
        assertThat(table.select("caption").text()).isEqualTo("Status");
        assertThat(table.select("td p").eachText()).containsExactly("Første afsnit.", "Andet afsnit. Ny linje.");
        assertThat(table.select("td p br")).hasSize(1);
    }

    @Test
    void contentSecurityPolicyAllowsOnlyThePagesOwnStyle() throws Exception {
        String policy = HtmlDocumentWriter.contentSecurityPolicy();
        String style = Jsoup.parse(new String(writer.write(document("x")), StandardCharsets.UTF_8)).selectFirst("style").data();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
        assertThat(policy).startsWith("default-src 'none'")
                .contains("style-src 'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'")
                .doesNotContain("script-src");
    }

    private static void assertWellFormedXml(byte[] bytes) {
        try {
            String xml = new String(bytes, StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE html>", "");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
