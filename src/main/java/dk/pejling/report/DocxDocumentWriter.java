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
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.springframework.stereotype.Component;

/**
 * Writes a committee document as Word: the template's styles, header, footer and page setup, and
 * the document's blocks in its body as real headings (heading 1-3), paragraphs, numbered and
 * bulleted lists and tables whose header row repeats on every page. Text from the data is written
 * as text; nothing in it is read as markup or a field.
 */
@Component
public class DocxDocumentWriter implements DocumentWriter {

    /** Where a header or footer in the template wants the document's title. */
    public static final String TITLE_PLACEHOLDER = "{{titel}}";

    /** The shading of a row that heads a group (a theme, an initiative), as in the spreadsheet. */
    static final String GROUP_FILL = "F2F2F2";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final WordTemplate template;

    public DocxDocumentWriter(WordTemplate template) {
        this.template = template;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public byte[] write(CommitteeDocument document) {
        try (XWPFDocument doc = template.open()) {
            new Body(doc, WordStyles.of(doc)).write(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being written into a copy of the template. */
    private static final class Body {

        private final XWPFDocument doc;
        private final WordStyles styles;
        private final WordLists lists;

        Body(XWPFDocument doc, WordStyles styles) {
            this.doc = doc;
            this.styles = styles;
            this.lists = new WordLists(doc);
        }

        void write(CommitteeDocument document) {
            String title = XmlText.clean(document.title());
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Pejling");
            headerAndFooter(title);
            if (document.label() != null) {
                paragraph(styles.subtitle(), document.label(), false);
            }
            paragraph(styles.title(), document.title(), false);
            for (String line : document.meta()) {
                paragraph(styles.meta(), line, false);
            }
            for (Block block : document.blocks()) {
                block(block);
            }
        }

        private void block(Block block) {
            if (block instanceof Heading heading) {
                paragraph(styles.heading(heading.level()), heading.text(), false);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(styles.normal(), paragraph.text(), paragraph.emphasis());
            } else if (block instanceof BulletList list) {
                BigInteger numId = list.numbered() ? lists.numbered() : lists.bullets();
                for (String item : list.items()) {
                    XWPFParagraph p = paragraph(styles.listParagraph(), item, false);
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.ZERO);
                }
            } else if (block instanceof Table table) {
                table(table);
            }
        }

        private XWPFParagraph paragraph(String style, String text, boolean bold) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            text(p, text, bold);
            return p;
        }

        private void table(Table table) {
            if (table.caption() != null) {
                paragraph(styles.caption(), table.caption(), false);
            }
            int columns = Math.max(1, Math.max(table.header().size(), widest(table.rows())));
            XWPFTable t = doc.createTable(1, columns);
            if (styles.table() != null) {
                t.setStyleID(styles.table());
            }
            t.setWidth("100%");
            grid(t, weights(table, columns));
            CTTblPr properties = t.getCTTbl().getTblPr();
            // The table style's header-row formatting applies to the first row.
            properties.addNewTblLook().setVal(new byte[] {0x04, 0x20});
            boolean headed = !table.header().isEmpty();
            if (headed) {
                XWPFTableRow header = t.getRow(0);
                header.setRepeatHeader(true);
                header.setCantSplitRow(true);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = header.getCell(c);
                    text(cell.getParagraphs().get(0), c < table.header().size() ? table.header().get(c) : "", true);
                }
            }
            for (int i = 0; i < table.rows().size(); i++) {
                row(i == 0 && !headed ? t.getRow(0) : t.createRow(), table.rows().get(i));
            }
        }

        private static int widest(List<Row> rows) {
            int widest = 0;
            for (Row row : rows) {
                int span = 0;
                for (Cell cell : row.cells()) {
                    span += Math.max(1, cell.span());
                }
                widest = Math.max(widest, span);
            }
            return widest;
        }

        private void row(XWPFTableRow r, Row row) {
            int needed = row.cells().size();
            while (r.getTableCells().size() > Math.max(needed, 1)) {
                r.removeCell(r.getTableCells().size() - 1);
            }
            for (int i = 0; i < needed; i++) {
                Cell cell = row.cells().get(i);
                XWPFTableCell c = i < r.getTableCells().size() ? r.getCell(i) : r.addNewTableCell();
                if (cell.span() > 1) {
                    c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
                }
                if (row.group()) {
                    CTShd shading = (c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr()).addNewShd();
                    shading.setVal(STShd.CLEAR);
                    shading.setFill(GROUP_FILL);
                }
                // A blank line in a cell's text separates paragraphs; a single line break stays a break.
                String[] paragraphs = PARAGRAPH_BREAK.split(cell.text().strip());
                for (int k = 0; k < paragraphs.length; k++) {
                    XWPFParagraph p = k == 0 ? c.getParagraphs().get(0) : c.addParagraph();
                    if (SpreadsheetNumbers.of(cell) != null) {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                    }
                    text(p, paragraphs[k].strip(), cell.bold() || row.group());
                }
            }
        }

        /**
         * Column widths as shares of the text width (LibreOffice needs a grid to lay out spans):
         * each column by its longest line up to 40 characters, and never narrower than its longest
         * word, so that a column of amounts is not squeezed to break "26.898.526 kr." mid-number.
         */
        private void grid(XWPFTable t, int[] weights) {
            long width = textWidth();
            long total = 0;
            for (int weight : weights) {
                total += weight;
            }
            CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int weight : weights) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width * weight / total));
            }
        }

        private static int[] weights(Table table, int columns) {
            int[] weights = new int[columns];
            java.util.Arrays.fill(weights, 6);
            for (int c = 0; c < table.header().size(); c++) {
                weights[c] = Math.max(weights[c], weight(table.header().get(c)));
            }
            for (Row row : table.rows()) {
                int c = 0;
                for (Cell cell : row.cells()) {
                    if (cell.span() <= 1 && c < columns) {
                        weights[c] = Math.max(weights[c], weight(cell.text()));
                    }
                    c += Math.max(1, cell.span());
                }
            }
            return weights;
        }

        private static int weight(String text) {
            int line = 0;
            int word = 0;
            for (String l : text.split("\n")) {
                line = Math.max(line, l.length());
                for (String w : l.split(" ")) {
                    word = Math.max(word, w.length());
                }
            }
            return Math.max(Math.min(line, 40), word);
        }

        private long textWidth() {
            CTSectPr page = doc.getDocument().getBody().getSectPr();
            if (page != null && page.isSetPgSz() && page.isSetPgMar()) {
                long width = twips(page.getPgSz().getW()) - twips(page.getPgMar().getLeft()) - twips(page.getPgMar().getRight());
                if (width > 1000) {
                    return width;
                }
            }
            return 9638;
        }

        private static long twips(Object value) {
            return value instanceof BigInteger b ? b.longValue() : Long.parseLong(String.valueOf(value));
        }

        /** Writes text literally; a line break in the data is a line break in the paragraph. */
        private static void text(XWPFParagraph p, String text, boolean bold) {
            XWPFRun run = p.createRun();
            if (bold) {
                run.setBold(true);
            }
            String[] lines = XmlText.clean(text).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }

        /**
         * The template's header and footer with the title put in; a template without them gets a
         * header with the title and a footer with "Side X af Y", which every committee document has.
         */
        private void headerAndFooter(String title) {
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            boolean hasHeader = policy != null && policy.getDefaultHeader() != null;
            boolean hasFooter = policy != null && policy.getDefaultFooter() != null;
            for (XWPFHeader header : doc.getHeaderList()) {
                WordPlaceholders.replace(header, TITLE_PLACEHOLDER, title);
            }
            for (XWPFFooter footer : doc.getFooterList()) {
                WordPlaceholders.replace(footer, TITLE_PLACEHOLDER, title);
            }
            if (!hasHeader) {
                XWPFParagraph p = firstParagraph(doc.createHeader(HeaderFooterType.DEFAULT), styles.header());
                p.createRun().setText(title);
            }
            if (!hasFooter) {
                XWPFParagraph p = firstParagraph(doc.createFooter(HeaderFooterType.DEFAULT), styles.footer());
                p.setAlignment(ParagraphAlignment.RIGHT);
                WordFields.pageOfPages(p);
            }
        }

        private static XWPFParagraph firstParagraph(IBody part, @org.jspecify.annotations.Nullable String style) {
            XWPFParagraph p = part.getParagraphs().isEmpty()
                    ? ((org.apache.poi.xwpf.usermodel.XWPFHeaderFooter) part).createParagraph()
                    : part.getParagraphs().get(0);
            if (style != null) {
                p.setStyle(style);
            }
            return p;
        }
    }
}
