package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The spreadsheet as POI's XSSF reads it: a reader independent of fastexcel, which wrote it. */
class XlsxDocumentWriterTest {

    private static final CommitteeDocument DOCUMENT = StatusDocuments.seed000Like();
    private static final DataFormatter DANISH = new DataFormatter(Locale.forLanguageTag("da-DK"));

    @Test
    void firstSheetHoldsTitleMetaLinesAndRunningTextWithLinksToTheTables() throws IOException {
        try (XSSFWorkbook book = read()) {
            XSSFSheet first = book.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("Dokument");
            List<String> lines = column(first, 0);
            assertThat(lines).startsWith("Bilag 1", StatusDocuments.TITLE, "Sidst opdateret: 23.11.2020", "Sagsnr. 2020-0123456");
            assertThat(lines).containsSubsequence(
                    "Indsatser og mål",
                    "Status for indsatser og mål: se arket Status 2019-2020",
                    "Bemærkninger",
                    StatusDocuments.REMARKS_INTRO,
                    "Indsatsen udløb i 2020",
                    "• Færre virksomhedsplaceringer under nedlukningen",
                    "1. Genoptag kontakten til virksomhederne",
                    "2. Følg op i 2021",
                    "1. Ny liste, som starter forfra",
                    StatusDocuments.MARKUP,
                    StatusDocuments.FORMULA);
            assertThat(first.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(first.getRow(1).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 16);
            assertThat(fontSize(first, "Indsatser og mål")).isEqualTo(14);
            assertThat(fontSize(first, "Bemærkninger")).isEqualTo(13);
            assertThat(fontSize(first, "Håndholdt og vedvarende virksomhedsindsatser for ledige (nr.1)")).isEqualTo(12);
            assertThat(cellWithText(first, "Indsatsen udløb i 2020").getCellStyle().getFont().getBold()).isTrue();
            assertThat(cellWithText(first, StatusDocuments.REMARKS_INTRO).getCellStyle().getFont().getBold()).isFalse();
            XSSFCell link = cellWithText(first, "Status for indsatser og mål: se arket Status 2019-2020");
            assertThat(link.getHyperlink().getAddress()).isEqualTo("'Status 2019-2020'!A1");
        }
    }

    @Test
    void eachTableGetsASheetWithAValidUniqueName() throws IOException {
        try (XSSFWorkbook book = read()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            assertThat(names).containsExactly(
                    "Dokument", "Status 2019-2020", "Økonomi 2019 2020 kr. og deltag", "Dokument (2)");
        }
    }

    @Test
    void headerRowIsBoldAndFrozenUnderTheCaption() throws IOException {
        try (XSSFWorkbook book = read()) {
            XSSFSheet status = book.getSheet("Status 2019-2020");
            assertThat(text(status.getRow(0).getCell(0))).isEqualTo("Status for indsatser og mål");
            XSSFRow header = status.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Indsats og afsatte midler");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Status 2020");
            for (int c = 0; c < 4; c++) {
                assertThat(header.getCell(c).getCellStyle().getFont().getBold()).isTrue();
            }
            assertThat(status.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            XSSFSheet economy = book.getSheet("Økonomi 2019 2020 kr. og deltag");
            assertThat(economy.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indsats");
            assertThat(economy.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void figuresAreNumbersWithDanishFormatsForTheirDecimalsAndUnit() throws IOException {
        try (XSSFWorkbook book = read()) {
            XSSFRow row = book.getSheet("Økonomi 2019 2020 kr. og deltag").getRow(1);
            assertNumber(row.getCell(1), 3.3, "#,##0.0\" mio. kr.\"", "3,3 mio. kr.");
            assertNumber(row.getCell(2), 26_898_526, "#,##0\" kr.\"", "26.898.526 kr.");
            assertNumber(row.getCell(3), 1500, "#,##0", "1.500");
            assertNumber(row.getCell(4), 57.3, "#,##0.0", "57,3");
            assertNumber(row.getCell(5), 43, "#,##0\" pct.\"", "43 pct.");
            assertNumber(row.getCell(6), 10.6, "#,##0.0\" procentpoint\"", "10,6 procentpoint");
            XSSFRow total = book.getSheet("Økonomi 2019 2020 kr. og deltag").getRow(2);
            assertNumber(total.getCell(1), 14.53, "#,##0.00\" mio. kr.\"", "14,53 mio. kr.");
            assertNumber(total.getCell(2), 12.5, "#,##0.00\" kr.\"", "12,50 kr.");
            assertNumber(total.getCell(4), 2, "#,##0.0", "2,0");
            assertNumber(total.getCell(5), 57.3, "#,##0.0\" pct.\"", "57,3 pct.");
            assertThat(total.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void aStatusPhraseWithAFigureStaysTheWholePhrase() throws IOException {
        try (XSSFWorkbook book = read()) {
            XSSFCell cell = book.getSheet("Status 2019-2020").getRow(2).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("Målet blev opnået (508).");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsAStringCellNeverAFormula() throws IOException {
        try (XSSFWorkbook book = read()) {
            List<XSSFCell> injected = new ArrayList<>();
            for (XSSFSheet sheet : List.of(book.getSheetAt(0), book.getSheet("Status 2019-2020"))) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && (StatusDocuments.INJECTIONS.contains(cell.getStringCellValue())
                                        || cell.getStringCellValue().equals(StatusDocuments.FORMULA))) {
                            injected.add((XSSFCell) cell);
                        }
                    }
                }
            }
            assertThat(injected).extracting(XSSFCell::getStringCellValue)
                    .containsExactlyInAnyOrder(StatusDocuments.FORMULA, "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)");
            for (XSSFCell cell : injected) {
                assertThat(cell.getCTCell().getT().toString()).isEqualTo("inlineStr");
                assertThat(cell.getCTCell().isSetF()).isFalse();
            }
            assertThat(text(book.getSheet("Status 2019-2020").getRow(7).getCell(1))).isEqualTo("-");
        }
    }

    @Test
    void aSpanningCellIsMergedOverItsColumns() throws IOException {
        try (XSSFWorkbook book = read()) {
            XSSFSheet status = book.getSheet("Status 2019-2020");
            assertThat(status.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.formatAsString()).isEqualTo("A5:D5");
            });
            assertThat(status.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Indsatsen udløb i 2020");
            assertThat(status.getRow(4).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void documentWithoutTablesIsOneSheet() throws IOException {
        CommitteeDocument plain = new CommitteeDocument(
                "status", null, "=Titel", List.of(), List.of(new CommitteeDocument.Paragraph("Tekst")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxDocumentWriter().write(plain)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(column(book.getSheetAt(0), 0)).containsExactly("=Titel", "Tekst");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void aTableWithoutHeaderCellsStartsWithItsFirstRow() throws IOException {
        CommitteeDocument doc = new CommitteeDocument("grant-account", null, "Fordeling", List.of(), List.of(
                new CommitteeDocument.Table("Fordeling", null, List.of(), List.of(
                        CommitteeDocument.Row.of(CommitteeDocument.Cell.text("JC Musvågevej"),
                                CommitteeDocument.Cell.number("31", new java.math.BigDecimal("31"), CommitteeDocument.NumberKind.COUNT))))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxDocumentWriter().write(doc)))) {
            XSSFSheet sheet = book.getSheet("Fordeling");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("JC Musvågevej");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(sheet.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(31);
            assertThat(sheet.getPaneInformation()).isNull();
        }
    }

    private static void assertNumber(XSSFCell cell, double value, String format, String shown) {
        assertThat(cell.getCellType()).as(shown).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(shown).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).as(shown).isEqualTo("[$-406]" + format);
        if (!format.contains("\"")) {
            // POI misreads a full stop inside a quoted suffix; LibreOfficeTest shows those as printed.
            assertThat(DANISH.formatCellValue(cell)).isEqualTo(shown);
        }
    }

    private static int fontSize(XSSFSheet sheet, String text) {
        XSSFCell cell = cellWithText(sheet, text);
        assertThat(cell.getCellStyle().getFont().getBold()).as(text).isTrue();
        return cell.getCellStyle().getFont().getFontHeightInPoints();
    }

    private static XSSFWorkbook read() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new XlsxDocumentWriter().write(DOCUMENT)));
    }

    private static String text(XSSFCell cell) {
        return DANISH.formatCellValue(cell);
    }

    private static XSSFCell cellWithText(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (DANISH.formatCellValue(cell).equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    static List<String> column(XSSFSheet sheet, int c) {
        List<String> lines = new ArrayList<>();
        for (var row : sheet) {
            if (row.getCell(c) != null && !DANISH.formatCellValue(row.getCell(c)).isEmpty()) {
                lines.add(DANISH.formatCellValue(row.getCell(c)));
            }
        }
        return lines;
    }
}
