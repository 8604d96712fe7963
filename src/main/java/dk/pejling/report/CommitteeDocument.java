package dk.pejling.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A committee document as a sequence of blocks, independent of its format. Every format (HTML,
 * DOCX, PDF, XLSX) is written from this one model, so that the four never say different things.
 *
 * @param type the document type ({@code status}, {@code quarterly-status}, {@code catalogue},
 *     {@code action-plan}, {@code grant-account})
 * @param label an annex mark above the title ({@code Bilag 1}), if any
 * @param title the document's title
 * @param meta lines under the title: date, case number, "Sidst opdateret: 26.11.2009"
 * @param blocks the content in reading order
 */
public record CommitteeDocument(
        String type, @Nullable String label, String title, List<String> meta, List<Block> blocks) {

    /** A piece of a document. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Table, Charts {}

    /** A heading; level 1 is a chapter, 2 a section, 3 a sub-section. */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of running text; {@code emphasis} prints it bold (an ended note, a total). */
    public record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    /** A list of items, bulleted or numbered. */
    public record BulletList(List<String> items, boolean numbered) implements Block {}

    /**
     * A table with one header row. A spreadsheet gets one sheet per table, named by {@code sheetName}.
     */
    public record Table(String sheetName, @Nullable String caption, List<String> header, List<Row> rows)
            implements Block {}

    /**
     * Charts under a heading, each drawn as SVG with its description and the table of its figures.
     * HTML and PDF show them; Word and spreadsheets leave the block out, since the tables before it
     * already hold every figure.
     */
    public record Charts(String heading, List<dk.pejling.chart.Chart> charts) implements Block {}

    /** A row of cells; {@code group} marks a row that heads a group (a theme, an initiative). */
    public record Row(List<Cell> cells, boolean group) {
        public static Row of(Cell... cells) {
            return new Row(List.of(cells), false);
        }
    }

    /**
     * A cell: its text as printed, and, where the cell is a figure, the number behind it with the
     * kind of number, so that a spreadsheet stores a number with a Danish format, not text.
     * {@code span} is how many columns it covers.
     */
    public record Cell(String text, java.math.@Nullable BigDecimal number, NumberKind kind, boolean bold, int span) {
        public static Cell text(String text) {
            return new Cell(text, null, NumberKind.NONE, false, 1);
        }

        public static Cell bold(String text) {
            return new Cell(text, null, NumberKind.NONE, true, 1);
        }

        public static Cell number(String text, java.math.BigDecimal number, NumberKind kind) {
            return new Cell(text, number, kind, false, 1);
        }
    }

    /**
     * What kind of number a cell holds, for its spreadsheet format. A {@code PERCENT} number is the
     * percentage as the plans hold it ({@code 43} for {@code 43 pct.}), not a fraction; {@code KRONER}
     * is whole kroner ({@code 14531250} for {@code 14,53 mio. kr.}), whatever the printed rounding.
     */
    public enum NumberKind {
        NONE,
        COUNT,
        DECIMAL,
        KRONER,
        PERCENT
    }
}
