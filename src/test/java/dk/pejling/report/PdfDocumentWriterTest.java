package dk.pejling.report;

import static dk.pejling.report.PdfText.assertInOrder;
import static dk.pejling.report.PdfText.flat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.report.HandBuiltDocuments.Goal;
import dk.pejling.report.HandBuiltDocuments.Initiative;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PdfDocumentWriterTest {

    private static final PdfDocumentWriter WRITER = new PdfDocumentWriter();
    private static final CommitteeDocument STATUS =
            HandBuiltDocuments.status(HandBuiltDocuments.initiatives(9, 2), 2);
    private static final byte[] STATUS_PDF = WRITER.write(STATUS);

    @Test
    void writesAPdfFile() {
        assertThat(WRITER.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(new String(STATUS_PDF, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void pdftotextReadsEveryHeadingRowAndPhraseInOrder() {
        assertInOrder(PdfText.pdftotext(STATUS_PDF), HandBuiltDocuments.readingOrder(STATUS));
    }

    @Test
    void pdfboxReadsEveryHeadingRowAndPhraseInOrder() {
        assertInOrder(PdfText.pdfbox(STATUS_PDF), HandBuiltDocuments.readingOrder(STATUS));
    }

    @Test
    void spellsLigaturesAsTheirLetters() {
        // "opkvalificering" and "fritidsjob" must be searchable as typed, not with the "ﬁ" glyph.
        String text = PdfText.pdftotext(STATUS_PDF);
        assertThat(text).contains("opkvalificering").doesNotContain("\uFB01", "\uFB02");
    }

    @Test
    void isTaggedInDanishWithTheDocumentsTitle() throws Exception {
        try (PDDocument pdf = PdfStructure.load(STATUS_PDF)) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(STATUS.title());
            // A reader's window shows the title, not the file name (PDF/UA 7.1).
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid:part").contains(STATUS.title());
        }
    }

    @Test
    void embedsEveryFontOnEveryPageIncludingHeaderAndFooter() {
        List<PdfStructure.UsedFont> fonts = PdfStructure.fonts(STATUS_PDF);
        int pages = PdfText.pdfboxPages(STATUS_PDF).size();
        assertThat(fonts).extracting(PdfStructure.UsedFont::page).containsAll(range(1, pages));
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.embedded()).as("%s on page %d is embedded", font.name(), font.page()).isTrue();
            assertThat(font.name()).contains("IBMPlexSans");
        });
    }

    @Test
    void embedsTheFontOfTheMarginsOnPagesWithNoOtherText() {
        // A table so long that its last page holds rows only of figures would still carry the footer;
        // here the margins are checked on a page whose only body text is one bold word.
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(Row.of(Cell.text("Række " + i)));
        }
        CommitteeDocument document = new CommitteeDocument("status", null, "Sidetal og overskrift",
                List.of(), List.of(new Table("Rækker", null, List.of("Række"), rows)));
        byte[] pdf = WRITER.write(document);
        assertThat(PdfStructure.fonts(pdf)).isNotEmpty().allMatch(PdfStructure.UsedFont::embedded);
        List<String> pages = PdfText.pdfboxPages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Side " + (i + 1) + " af " + pages.size());
        }
    }

    @Test
    void numbersEveryPageSideXAfYUnderTheTitle() {
        List<String> pages = PdfText.pdfboxPages(STATUS_PDF);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            String page = flat(pages.get(i));
            assertThat(page).contains("Side " + (i + 1) + " af " + pages.size());
            assertThat(page).contains(STATUS.title());
        }
        assertThat(PdfText.pdftotext(STATUS_PDF, pages.size())).contains("Side " + pages.size() + " af " + pages.size());
    }

    @Test
    void repeatsTheTitleWordForWordInEveryPagesHeader() {
        String title = "Status: Beskæftigelsesaftale 2009, 3. kvartal – \"Job\\Plan\" {nr. 1}; slut";
        List<CommitteeDocument.Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            blocks.add(new Paragraph("Afsnit " + i + " om indsatsen."));
        }
        List<String> pages = PdfText.pdfboxPages(WRITER.write(new CommitteeDocument("status", null, title, List.of(), blocks)));
        assertThat(pages).hasSizeGreaterThan(1);
        for (String page : pages) {
            assertThat(flat(page)).contains(title);
        }
    }

    @Test
    void turnsThePagesForATableOfFiveColumnsAndKeepsItWithinThem() {
        String words = "Arbejdsmarkedsparate beskæftigelsesindsatsen partnerskabsvirksomheder helårspersoner"
                + " selvforsørgelse virksomhedsplaceringer";
        List<String> header = List.of("Nr.", "Indsatsmål / aktivitet", "Indsatsmål", "Resultatmål", "Status");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(Row.of(Cell.text("1." + i), Cell.text(words), Cell.text(words), Cell.text(words),
                    Cell.text(words + " " + words)));
        }
        byte[] wide = WRITER.write(new CommitteeDocument("quarterly-status", null, "Bred tabel", List.of(),
                List.of(new Table("Status", null, header, rows))));
        assertThat(PdfText.extents(wide)).hasSizeGreaterThan(1).allSatisfy(page -> {
            assertThat(page.pageWidth()).isGreaterThan(page.pageHeight());
            assertThat(page.rightmostGlyph()).isLessThan(page.pageWidth() - 30);
        });
        assertThat(PdfText.extents(STATUS_PDF)).allSatisfy(page -> {
            assertThat(page.pageWidth()).as("a four-column table stays upright").isLessThan(page.pageHeight());
            assertThat(page.rightmostGlyph()).isLessThan(page.pageWidth() - 30);
        });
    }

    @Test
    void repeatsTheTableHeaderOnEveryPageTheTableRunsOnto() {
        CommitteeDocument document = HandBuiltDocuments.status(HandBuiltDocuments.initiatives(30, 4), 4);
        byte[] pdf = WRITER.write(document);
        Table table = (Table) document.blocks().get(0);
        List<String> pages = PdfText.pdfboxPages(pdf);
        int tablePages = 0;
        for (String page : pages) {
            if (flat(page).contains(HandBuiltDocuments.REMARKS_INTRO)) {
                break;
            }
            tablePages++;
            List<String> headerThenARow = new ArrayList<>(table.header());
            headerThenARow.add("Målet");
            assertInOrder(page, headerThenARow);
        }
        assertThat(tablePages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void keepsEachRowOnOnePage() {
        // Goals made unique (their initiative's number) so that a row can be looked for on one page.
        List<Initiative> initiatives = new ArrayList<>();
        for (Initiative i : HandBuiltDocuments.initiatives(25, 4)) {
            List<Goal> goals = new ArrayList<>();
            for (int g = 0; g < i.goals().size(); g++) {
                Goal goal = i.goals().get(g);
                goals.add(new Goal("Delmål " + i.number() + "." + (g + 1) + ": " + goal.text(), goal.statuses()));
            }
            initiatives.add(new Initiative(i.number(), i.title(), i.budget(), i.ended(), goals, i.remark()));
        }
        byte[] pdf = WRITER.write(HandBuiltDocuments.status(initiatives, 4));
        List<String> pages = PdfText.pdfboxPages(pdf);
        assertThat(pages).hasSizeGreaterThan(2);
        for (Initiative initiative : initiatives) {
            for (Goal goal : initiative.goals()) {
                List<String> row = new ArrayList<>(List.of(goal.text()));
                row.addAll(goal.statuses());
                assertThat(pages).as("a page holding the whole row of «%s»", goal.text())
                        .anySatisfy(page -> assertInOrder(page, row));
            }
            // An initiative's heading row is not left alone at the foot of a page.
            List<String> headingAndFirstGoal = List.of(initiative.heading(), initiative.goals().get(0).text());
            assertThat(pages).as("a page holding %s with its first goal", initiative.heading())
                    .anySatisfy(page -> assertInOrder(page, headingAndFirstGoal));
        }
    }

    @Test
    void printsMarkupInDataAsText() throws Exception {
        String title = "Plan for R&D <script>alert('x')</script>";
        CommitteeDocument document = new CommitteeDocument("status", "Bilag <1>", title,
                List.of("Sag & nr. <i>2021-01</i>"),
                List.of(new Heading(1, "<h1>Ikke en overskrift</h1>"),
                        new Paragraph("Tekst med </p><p> og &amp; og &lt;b&gt;"),
                        new BulletList(List.of("<li>punkt</li>", "A & B"), true),
                        new Table("Ark", "<caption>", List.of("<th>Nr.</th>", "Status"), List.of(
                                Row.of(Cell.text("<td>1</td>"), Cell.bold("\"Målet\" & 'det' <er> opnået"))))));
        byte[] pdf = WRITER.write(document);
        List<String> expected = List.of("Bilag <1>", title, "Sag & nr. <i>2021-01</i>", "<h1>Ikke en overskrift</h1>",
                "Tekst med </p><p> og &amp; og &lt;b&gt;", "<li>punkt</li>", "A & B", "<caption>", "<th>Nr.</th>",
                "<td>1</td>", "\"Målet\" & 'det' <er> opnået");
        assertInOrder(PdfText.pdftotext(pdf), expected);
        assertInOrder(PdfText.pdfbox(pdf), expected);
        assertThat(flat(PdfText.pdfbox(pdf))).contains("Plan for R&D <script>alert('x')</script>");
        try (PDDocument loaded = PdfStructure.load(pdf)) {
            assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(loaded.getDocumentCatalog().getNames()).isNull();
            assertThat(loaded.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
        }
    }

    @Test
    void writesADocumentWithOnlyATitle() {
        CommitteeDocument document = new CommitteeDocument("action-plan", null, "Handleplan", List.of(), List.of());
        byte[] pdf = WRITER.write(document);
        List<String> pages = PdfText.pdfboxPages(pdf);
        assertThat(pages).hasSize(1);
        assertInOrder(pages.get(0), List.of("Handleplan", "Side 1 af 1"));
    }

    @Test
    void anyDanishTextComesOutAsWritten() {
        qt().withExamples(15).withShrinkCycles(20).forAll(danishText(), danishText()).check((paragraph, cell) -> {
            CommitteeDocument document = new CommitteeDocument("status", null, "Egenskab", List.of(),
                    List.of(new Paragraph(paragraph),
                            new Table("Ark", null, List.of("Tekst"), List.of(Row.of(Cell.text(cell))))));
            String text = flat(PdfText.pdfbox(WRITER.write(document)));
            return text.contains(flat(paragraph)) && text.contains(flat(cell));
        });
    }

    @Test
    void writesFromManyThreadsAtOnceWithoutMixingDocuments() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                String title = "Dokument nr. " + i + " om æøå";
                CommitteeDocument document = new CommitteeDocument("status", null, title, List.of(),
                        List.of(new Paragraph("Indhold af dokument " + i + ".")));
                texts.add(pool.submit(() -> flat(PdfText.pdfbox(WRITER.write(document)))));
            }
            for (int i = 1; i <= 12; i++) {
                assertThat(texts.get(i - 1).get())
                        .contains("Dokument nr. " + i + " om æøå", "Indhold af dokument " + i + ".")
                        .doesNotContain("Indhold af dokument " + (i % 12 + 1) + ".");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Gen<String> danishText() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ0123456789 .,;:-–()/%§<>&\"'«»€";
        return SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(1, 40)
                .map(indexes -> {
                    StringBuilder text = new StringBuilder();
                    indexes.forEach(i -> text.append(alphabet.charAt(i)));
                    return text.toString();
                });
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
