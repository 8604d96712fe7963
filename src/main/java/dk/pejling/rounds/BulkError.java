package dk.pejling.rounds;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong in an uploaded results file, and where: the row as the spreadsheet numbers it, the
 * column's letter and header (null where the problem is the whole row or the whole file; row 0 is
 * the whole file), and the problem in Danish.
 */
public record BulkError(int row, @Nullable String column, @Nullable String columnName, String message) {

    /** Where, in Danish: "Række 5, kolonne J (Værdi)". */
    public String where() {
        if (row == 0) {
            return "Filen";
        }
        return "Række " + row + (column == null ? "" : ", kolonne " + column + (columnName == null ? "" : " (" + columnName + ")"));
    }
}
