package dk.pejling.rounds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A round's results template as a file: one row per goal and unit with the ids, the goal, the unit,
 * the period and the target, and empty columns for what the unit reports. The CSV is semicolon
 * separated UTF-8 with a byte order mark, which Danish Excel opens as it is.
 */
final class ResultsTemplateWriter {

    private ResultsTemplateWriter() {}

    static byte[] xlsx(String title, List<BulkEntryService.TemplateRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Pejling", "1.0");
            workbook.properties().setTitle(title);
            Worksheet ws = workbook.newWorksheet("Resultater");
            ResultColumn[] columns = ResultColumn.values();
            for (int c = 0; c < columns.length; c++) {
                ws.value(0, c, columns[c].header());
                ws.width(c, switch (columns[c]) {
                    case INITIATIVE, GOAL, REMARK -> 45;
                    case FORECAST, DISPLAY, REASON -> 20;
                    default -> 13;
                });
            }
            ws.range(0, 0, 0, columns.length - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
            ws.freezePane(0, 1);
            int r = 1;
            for (BulkEntryService.TemplateRow row : rows) {
                String[] cells = cells(row);
                for (int c = 0; c < cells.length; c++) {
                    if (columns[c] == ResultColumn.VERSION) {
                        ws.value(r, c, row.version());
                    } else if (!cells[c].isEmpty()) {
                        ws.value(r, c, cells[c]);
                    }
                }
                r++;
            }
            // The columns that say what a row is about are grey: they are read, not saved.
            if (r > 1) {
                ws.range(1, 0, r - 1, ResultColumn.VERSION.ordinal()).style().fillColor("F2F2F2").set();
                ws.range(1, ResultColumn.AS_OF.ordinal(), r - 1, ResultColumn.AS_OF.ordinal()).style().format("dd.mm.yyyy").set();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] csv(List<BulkEntryService.TemplateRow> rows) {
        StringBuilder s = new StringBuilder("\ufeff");
        line(s, java.util.Arrays.stream(ResultColumn.values()).map(ResultColumn::header).toArray(String[]::new));
        for (BulkEntryService.TemplateRow row : rows) {
            line(s, cells(row));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String[] cells(BulkEntryService.TemplateRow row) {
        String[] cells = new String[ResultColumn.values().length];
        java.util.Arrays.fill(cells, "");
        cells[ResultColumn.GOAL_ID.ordinal()] = row.goalId();
        cells[ResultColumn.INITIATIVE_ID.ordinal()] = row.initiativeId();
        cells[ResultColumn.UNIT_ID.ordinal()] = row.unitId();
        cells[ResultColumn.INITIATIVE.ordinal()] = row.initiative();
        cells[ResultColumn.GOAL.ordinal()] = row.goal();
        cells[ResultColumn.UNIT.ordinal()] = row.unit();
        cells[ResultColumn.PERIOD.ordinal()] = row.period();
        cells[ResultColumn.TARGET.ordinal()] = row.target();
        cells[ResultColumn.VERSION.ordinal()] = Long.toString(row.version());
        return cells;
    }

    private static void line(StringBuilder s, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(';');
            }
            String c = cells[i];
            // A leading = + - @ would be a formula in Excel, and so would one after a leading tab or
            // carriage return (OWASP's list); quoting alone does not stop that, a leading ' does.
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+([.,]\\d+)?")) {
                c = "'" + c;
            }
            if (c.indexOf(';') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || c.indexOf(',') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            s.append(c);
        }
        s.append("\r\n");
    }
}
