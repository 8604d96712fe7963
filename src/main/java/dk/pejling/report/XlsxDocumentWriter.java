package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Writes a committee document as a spreadsheet. The first sheet, {@code Dokument}, holds the title,
 * the lines under it and the running text in reading order, with a link to each table; every table
 * gets a sheet of its own named after {@link Table#sheetName()} with its header row bold and frozen.
 * Figures are numbers with Danish-looking formats (see {@link SpreadsheetNumbers}); all other text
 * is a string. Text that begins like a formula ({@code =}, {@code +}, {@code -}, {@code @}) is
 * written as an inline string, which no spreadsheet evaluates.
 */
@Component
public class XlsxDocumentWriter implements DocumentWriter {

    static final String FIRST_SHEET = "Dokument";
    private static final int MOST_WIDTH = 60;
    private static final int LEAST_WIDTH = 8;
    private static final String HEADER_FILL = "D9D9D9";
    /** Sizes in points: the title, then headings 14, 13 and 12, all above the text's 11. */
    static final int TITLE_SIZE = 16;
    static final int HEADING_SIZE = 14;
    private static final String GROUP_FILL = DocxDocumentWriter.GROUP_FILL;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.XLSX;
    }

    @Override
    public byte[] write(CommitteeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Pejling", "1.0");
            workbook.properties().setTitle(XmlText.clean(document.title()));
            SheetNames names = new SheetNames();
            String first = names.unique(FIRST_SHEET);
            List<Table> tables = new ArrayList<>();
            List<String> sheets = new ArrayList<>();
            for (Block block : document.blocks()) {
                if (block instanceof Table table) {
                    tables.add(table);
                    sheets.add(names.unique(table.sheetName()));
                }
            }
            text(workbook.newWorksheet(first), document, sheets);
            for (int i = 0; i < tables.size(); i++) {
                table(workbook.newWorksheet(sheets.get(i)), tables.get(i));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first sheet: the document as text, one paragraph per row in one wide column. */
    private static void text(Worksheet ws, CommitteeDocument document, List<String> sheets) {
        ws.width(0, 100);
        int r = 0;
        if (document.label() != null) {
            string(ws, r, 0, document.label());
            ws.style(r++, 0).bold().set();
        }
        string(ws, r, 0, document.title());
        ws.style(r++, 0).bold().fontSize(TITLE_SIZE).set();
        for (String line : document.meta()) {
            string(ws, r++, 0, line);
        }
        r++; // a blank row between the document's heading and its text
        int table = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                r++;
                string(ws, r, 0, heading.text());
                ws.style(r++, 0).bold().fontSize(HEADING_SIZE - Math.min(Math.max(heading.level(), 1), 3) + 1).set();
            } else if (block instanceof Paragraph paragraph) {
                string(ws, r, 0, paragraph.text());
                StyleSetter style = ws.style(r++, 0).wrapText(true).verticalAlignment("top");
                (paragraph.emphasis() ? style.bold() : style).set();
            } else if (block instanceof BulletList list) {
                int n = 1;
                for (String item : list.items()) {
                    string(ws, r, 0, (list.numbered() ? n++ + ". " : "\u2022 ") + item);
                    ws.style(r++, 0).wrapText(true).indent(1).set();
                }
            } else if (block instanceof Table t) {
                String sheet = sheets.get(table++);
                String about = (t.caption() != null ? t.caption() + ": " : "Tabel: ") + "se arket " + sheet;
                ws.hyperlink(r, 0, HyperLink.internal("'" + sheet.replace("'", "''") + "'!A1", XmlText.clean(about)));
                ws.style(r++, 0).wrapText(true).fontColor("0563C1").underlined().set();
            }
        }
    }

    /** A table's sheet: the caption if any, the header row, then the rows; spans become merged cells. */
    private static void table(Worksheet ws, Table table) {
        int r = 0;
        int columns = Math.max(table.header().size(), 1);
        for (Row row : table.rows()) {
            int width = 0;
            for (Cell cell : row.cells()) {
                width += Math.max(1, cell.span());
            }
            columns = Math.max(columns, width);
        }
        int[] widths = new int[columns];
        if (table.caption() != null) {
            string(ws, r, 0, table.caption());
            ws.style(r++, 0).bold().set();
        }
        int header = r;
        for (int c = 0; c < table.header().size(); c++) {
            string(ws, r, c, table.header().get(c));
            widths[c] = Math.max(widths[c], longestLine(table.header().get(c)));
        }
        if (!table.header().isEmpty()) {
            ws.range(r, 0, r, columns - 1)
                    .style()
                    .bold()
                    .wrapText(true)
                    .verticalAlignment("top")
                    .fillColor(HEADER_FILL)
                    .borderStyle("thin")
                    .set();
            r++;
        }
        for (Row row : table.rows()) {
            int c = 0;
            for (Cell cell : row.cells()) {
                int span = Math.max(1, cell.span());
                SpreadsheetNumbers.Figure figure = SpreadsheetNumbers.of(cell);
                if (figure != null) {
                    ws.value(r, c, figure.value());
                } else {
                    string(ws, r, c, cell.text());
                }
                StyleSetter style = (span > 1 ? ws.range(r, c, r, c + span - 1).style().merge() : ws.style(r, c))
                        .wrapText(true)
                        .verticalAlignment("top")
                        .borderStyle("thin");
                if (figure != null) {
                    style = style.format(figure.format());
                }
                if (cell.bold() || row.group()) {
                    style = style.bold();
                }
                if (row.group()) {
                    style = style.fillColor(GROUP_FILL);
                }
                style.set();
                if (span == 1) {
                    widths[c] = Math.max(widths[c], longestLine(cell.text()));
                }
                c += span;
            }
            r++;
        }
        for (int c = 0; c < columns; c++) {
            ws.width(c, Math.min(MOST_WIDTH, Math.max(LEAST_WIDTH, widths[c] + 2)));
        }
        if (!table.header().isEmpty()) {
            ws.freezePane(0, header + 1);
            ws.repeatRows(header);
        }
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /**
     * Text as a string cell. Text that a spreadsheet would take for a formula if typed in is written
     * as an inline string: a typed cell, never a formula, whatever a reader does with shared strings.
     */
    static void string(Worksheet ws, int r, int c, String text) {
        String clean = XmlText.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        if (looksLikeFormula(clean)) {
            ws.inlineString(r, c, clean);
        } else {
            ws.value(r, c, clean);
        }
    }

    static boolean looksLikeFormula(String text) {
        char first = text.charAt(0);
        return "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(first) >= 0;
    }
}
