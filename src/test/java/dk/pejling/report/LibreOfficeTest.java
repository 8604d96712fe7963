package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word and spreadsheet files as LibreOffice opens them: an office suite that shares no code
 * with the writers. All conversions run once for the class (three LibreOffice starts), so the
 * suite stays fast.
 */
class LibreOfficeTest {

    private static final CommitteeDocument DOCUMENT = StatusDocuments.seed000Like();

    @TempDir
    static Path dir;

    @BeforeAll
    static void convert() throws IOException {
        Files.write(dir.resolve("status.docx"), new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT));
        Files.write(dir.resolve("kommune.docx"), new DocxDocumentWriter(
                        WordTemplate.fromFile("src/test/resources/report/municipality-template.docx"))
                .write(DOCUMENT));
        Files.write(dir.resolve("lang.docx"), new DocxDocumentWriter(WordTemplate.builtIn()).write(longTable()));
        Files.write(dir.resolve("status.xlsx"), new XlsxDocumentWriter().write(DOCUMENT));
        List<Path> word = List.of(dir.resolve("status.docx"), dir.resolve("kommune.docx"), dir.resolve("lang.docx"));
        LibreOffice.convert(word, "pdf", dir.resolve("pdf"));
        LibreOffice.convert(word.subList(0, 2), "txt:Text (encoded):UTF8", dir.resolve("txt"));
        // Every sheet as CSV, cells as shown (their number formats applied), formulas not exported.
        LibreOffice.convert(
                List.of(dir.resolve("status.xlsx")),
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,1030,false,true,true,false,false,-1",
                dir.resolve("csv"));
    }

    @Test
    void wordDocumentHasTheTitleInTheHeaderAndSideXAfYInTheFooterOnEveryPage() {
        Path pdf = dir.resolve("pdf/lang.pdf");
        int pages = LibreOffice.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        String[] perPage = LibreOffice.pdftotext(pdf).split("\f");
        for (int page = 1; page <= pages; page++) {
            assertThat(perPage[page - 1].strip()).as("page " + page)
                    .startsWith("Lang tabel")
                    .endsWith("Side " + page + " af " + pages);
        }
        Path status = dir.resolve("pdf/status.pdf");
        assertThat(LibreOffice.pdftotext(status).strip())
                .startsWith(StatusDocuments.TITLE)
                .endsWith("Side 1 af " + LibreOffice.pages(status));
    }

    @Test
    void wordDocumentReadsAsTheDocumentsTextInOrder() throws IOException {
        assertThat(lines(dir.resolve("txt/status.txt"))).containsExactlyElementsOf(expectedLines());
    }

    @Test
    void listsAreNumberedAndBulletedByTheWordProcessor() throws IOException {
        assertThat(lines(dir.resolve("txt/status.txt"))).containsSubsequence(
                "• Færre virksomhedsplaceringer under nedlukningen",
                "• Flere forløb online",
                "1. Genoptag kontakten til virksomhederne",
                "2. Følg op i 2021",
                "1. Ny liste, som starter forfra");
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowOnTheNextPage() {
        Path pdf = dir.resolve("pdf/lang.pdf");
        assertThat(LibreOffice.pages(pdf)).isGreaterThanOrEqualTo(2);
        String[] perPage = LibreOffice.pdftotext(pdf).split("\f");
        assertThat(perPage[1]).contains("Indsatsmål / aktivitet").contains("Rækken efter 79").doesNotContain("Række 1 ");
        assertThat(perPage[0]).contains("Indsatsmål / aktivitet").contains("Række 1 ");
    }

    @Test
    void municipalityTemplateChangesTheFontAndAddsTheLogoButNotTheText() throws IOException {
        assertThat(lines(dir.resolve("txt/kommune.txt"))).isEqualTo(lines(dir.resolve("txt/status.txt")));
        Path theirs = dir.resolve("pdf/kommune.pdf");
        Path own = dir.resolve("pdf/status.pdf");
        assertThat(LibreOffice.pdffonts(theirs)).contains("DejaVuSerif");
        assertThat(LibreOffice.pdffonts(own)).doesNotContain("DejaVuSerif");
        assertThat(LibreOffice.images(theirs)).isEqualTo(LibreOffice.pages(theirs));
        assertThat(LibreOffice.images(own)).isZero();
        assertThat(LibreOffice.pdftotext(theirs).split("\f")[0].strip()).startsWith(StatusDocuments.TITLE);
    }

    @Test
    void spreadsheetShowsFiguresAsThePrintedDanishText() throws IOException {
        assertThat(lines(dir.resolve("csv/status-Økonomi 2019 2020 kr. og deltag.csv"))).containsExactly(
                "Indsats,Budget,Forbrug,Deltagere,Gennemsnit,Andel,Udvikling",
                "1. Håndholdt og vedvarende virksomhedsindsatser,\"3,3 mio. kr.\",26.898.526 kr.,1.500,\"57,3\",43 pct.,\"10,6 procentpoint\"",
                "I alt,\"14,53 mio. kr.\",\"12,50 kr.\",93,\"2,0\",\"57,3 pct.\",");
    }

    @Test
    void spreadsheetKeepsFormulaLikeTextAsText() throws IOException {
        List<String> status = lines(dir.resolve("csv/status-Status 2019-2020.csv"));
        assertThat(status).contains(
                "<b>Ikke fed</b> & <i>ikke kursiv</i>,=cmd|' /C calc'!A0,+1+1,-2+3",
                "@SUM(A1:A2),-,Indsatsen var ikke igangsat i 2019,-");
        assertThat(lines(dir.resolve("csv/status-Dokument.csv")))
                .contains("\"=HYPERLINK(\"\"https://example.org\"\";\"\"Klik her\"\")\"");
    }

    @Test
    void spreadsheetHasTheDocumentSheetFirstAndOneSheetPerTable() throws IOException {
        try (var files = Files.list(dir.resolve("csv"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "status-Dokument (2).csv",
                    "status-Dokument.csv",
                    "status-Status 2019-2020.csv",
                    "status-Økonomi 2019 2020 kr. og deltag.csv");
        }
        assertThat(lines(dir.resolve("csv/status-Dokument.csv")))
                .startsWith("Bilag 1", StatusDocuments.TITLE, "Sidst opdateret: 23.11.2020");
    }

    /** The document's texts; a line break in a cell is a line of its own in LibreOffice's text. */
    private static List<String> expectedLines() {
        List<String> lines = new ArrayList<>();
        for (String text : StatusDocuments.texts(DOCUMENT)) {
            lines.addAll(Arrays.asList(text.split("\n")));
        }
        // LibreOffice writes list items with their bullet or number.
        List<String> numbered = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            if (line.equals("Færre virksomhedsplaceringer under nedlukningen") || line.equals("Flere forløb online")) {
                numbered.add("• " + line);
            } else if (line.equals("Genoptag kontakten til virksomhederne") || line.equals("Følg op i 2021")) {
                numbered.add(++n + ". " + line);
            } else if (line.equals("Ny liste, som starter forfra")) {
                numbered.add("1. " + line);
            } else {
                numbered.add(line);
            }
        }
        return numbered;
    }

    private static CommitteeDocument longTable() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(Row.of(Cell.text(i == 80 ? "Rækken efter 79" : "Række " + i + " "), Cell.text("Borgere i job efter forløbet")));
        }
        return new CommitteeDocument("quarterly-status", null, "Lang tabel", List.of(), List.of(
                new CommitteeDocument.Table("Status", null, List.of("Nr.", "Indsatsmål / aktivitet"), rows)));
    }

    static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String clean = line.replace("\uFEFF", "").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }
}
