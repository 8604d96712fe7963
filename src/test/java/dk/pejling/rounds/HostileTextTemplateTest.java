package dk.pejling.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A round's results template carries the plan's initiative titles and goal texts into a
 * spreadsheet (issue #7): markup and formulas there stay text, in the XLSX and in the CSV.
 */
class HostileTextTemplateTest {

    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "&amp; ]]> <!--",
            "=HYPERLINK(\"http://evil\",\"klik\")",
            "+1+1",
            "-2+3",
            "@SUM(1)",
            "\t=1+1",
            "\r=1+1");

    private static List<BulkEntryService.TemplateRow> rows() {
        List<BulkEntryService.TemplateRow> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(new BulkEntryService.TemplateRow("i" + i + "-g1", "i" + i, "jc", HOSTILE.get(i), HOSTILE.get(i),
                    "Jobcenter", "2021", "10", 0));
        }
        return rows;
    }

    @Test
    void theXlsxTemplateHoldsTheTextsInStringCellsNeverFormulas() throws IOException {
        byte[] xlsx = ResultsTemplateWriter.xlsx("Resultater", rows());
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                    assertThat(((XSSFCell) cell).getCTCell().isSetF()).isFalse();
                    if (row.getRowNum() > 0 && cell.getColumnIndex() == ResultColumn.GOAL.ordinal()) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void theCsvTemplateStartsEveryFormulaLikeTextWithAnApostrophe() {
        List<List<String>> rows = new ArrayList<>();
        for (SheetRow row : new CsvSheetReader(UploadLimits.DEFAULT).read(ResultsTemplateWriter.csv(rows()))) {
            rows.add(row.cells().stream().map(c -> c == null ? "" : c.text()).toList());
        }
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            String goal = rows.get(i + 1).get(ResultColumn.GOAL.ordinal());
            boolean formulaLike = "=+-@\t\r".indexOf(hostile.charAt(0)) >= 0;
            assertThat(goal).as("goal %d", i).isEqualTo(formulaLike ? "'" + hostile : hostile);
        }
    }
}
