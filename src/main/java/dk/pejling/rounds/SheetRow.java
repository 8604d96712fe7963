package dk.pejling.rounds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded spreadsheet: its number as the spreadsheet shows it (1 is the first row)
 * and its cells by column (0 is column A; null where the cell is empty).
 */
record SheetRow(int number, List<@Nullable Cell> cells) {

    /** A cell's text; numeric where the spreadsheet stored a number (an XLSX number or a date's serial). */
    record Cell(String text, boolean numeric) {}

    @Nullable Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    String text(int column) {
        Cell c = cell(column);
        return c == null ? "" : c.text().strip();
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.text().isBlank());
    }

    /** The column's letters as a spreadsheet names them: 0 is A, 26 is AA. */
    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
