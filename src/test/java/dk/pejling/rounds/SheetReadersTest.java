package dk.pejling.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reading uploaded results files: XLSX as Excel writes it (shared strings, numbers, dates) and as
 * Pejling's template is written, CSV as Danish Excel saves it; and refusing zip bombs, XML with
 * external entities, and files past the row limit, each with a Danish message.
 */
class SheetReadersTest {

    private final UploadLimits limits = UploadLimits.DEFAULT;

    @Test
    void readsAnExcelWorkbookWithSharedStringsNumbersAndDates() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Resultater");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mål-id");
            header.createCell(2).setCellValue("Værdi");
            XSSFRow row = sheet.createRow(4);
            row.createCell(0).setCellValue("i1-g1");
            row.createCell(2).setCellValue(43.5);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(3).setCellValue(LocalDate.of(2021, 12, 31));
            row.getCell(3).setCellStyle(date);
            wb.write(out);
            file = out.toByteArray();
        }
        List<SheetRow> rows = new XlsxSheetReader(limits).read(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(0)).isEqualTo("Mål-id");
        assertThat(rows.get(1).number()).isEqualTo(5);
        assertThat(rows.get(1).text(0)).isEqualTo("i1-g1");
        assertThat(rows.get(1).cell(2)).isEqualTo(new SheetRow.Cell("43.5", true));
        // 31.12.2021 is day 44561 of the spreadsheet calendar
        assertThat(rows.get(1).cell(3)).isEqualTo(new SheetRow.Cell("44561", true));
    }

    @Test
    void readsTheTemplatePejlingWrites() {
        byte[] file = ResultsTemplateWriter.xlsx("Resultater 2021", List.of(new BulkEntryService.TemplateRow("i1-g1", "i1",
                "jc-musvaagevej", "1. Indsats", "Mål & »citat«", "JC Musvågevej", "2021", "90", 3)));
        List<SheetRow> rows = new XlsxSheetReader(limits).read(file);
        assertThat(rows.get(0).text(0)).isEqualTo("Mål-id");
        assertThat(rows.get(0).text(ResultColumn.REMARK.ordinal())).isEqualTo("Bemærkning");
        assertThat(rows.get(1).text(ResultColumn.GOAL.ordinal())).isEqualTo("Mål & »citat«");
        assertThat(rows.get(1).text(ResultColumn.VERSION.ordinal())).isEqualTo("3");
    }

    @Test
    void refusesAZipBombWithoutInflatingItWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) { // 200 MB of zeros, some 200 KB zipped
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> new XlsxSheetReader(limits).read(out.toByteArray()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("fylder over 100 MB udpakket");
    }

    @Test
    void refusesExternalEntities() throws IOException {
        String sheet = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>""";
        byte[] file = zip("xl/workbook.xml", "<workbook/>", "xl/worksheets/sheet1.xml", sheet);
        assertThatThrownBy(() -> new XlsxSheetReader(limits).read(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesAFileThatIsNoSpreadsheet() {
        assertThatThrownBy(() -> new XlsxSheetReader(limits).read("Mål-id;Værdi".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("ikke et Excel-regneark");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        UploadLimits small = new UploadLimits(1 << 20, 1 << 20, 10, 3, 10, 100);
        byte[] csv = "a\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CsvSheetReader(small).read(csv)).hasMessageContaining("over 3 rækker");
        assertThat(new CsvSheetReader(small).read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8))).hasSize(4);
    }

    @Test
    void readsSemicolonCsvFromDanishExcelInWindows1252() {
        byte[] csv = "Mål-id;Værdi;Bemærkning\r\ni1-g1;43,5;\"Færre; end \"\"ventet\"\"\r\nanden linje\"\r\n;;\r\n"
                .getBytes(Charset.forName("windows-1252"));
        List<SheetRow> rows = new CsvSheetReader(limits).read(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(0)).isEqualTo("Mål-id");
        assertThat(rows.get(1).text(1)).isEqualTo("43,5");
        assertThat(rows.get(1).text(2)).isEqualTo("Færre; end \"ventet\"\r\nanden linje");
    }

    @Test
    void readsCommaCsvInUtf8WithAByteOrderMark() {
        byte[] csv = "\ufeffMål-id,Værdi\ni1-g1,\"1.234,5\"\n".getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = new CsvSheetReader(limits).read(csv);
        assertThat(rows.get(0).text(0)).isEqualTo("Mål-id");
        assertThat(rows.get(1).text(1)).isEqualTo("1.234,5");
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void namesColumnsAsSpreadsheetsDo() {
        assertThat(SheetRow.letter(0)).isEqualTo("A");
        assertThat(SheetRow.letter(25)).isEqualTo("Z");
        assertThat(SheetRow.letter(26)).isEqualTo("AA");
        assertThat(XlsxSheetReader.columnOf("AB12")).isEqualTo(27);
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
