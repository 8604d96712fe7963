package dk.pejling.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The seeds' Word and spreadsheet files as a reader independent of their writers sees them, put in
 * the shape of Pejling's HTML page (header with label, {@code h1} and meta lines; {@code h2}-{@code h4};
 * paragraphs with {@code strong}; lists; tables with {@code caption}, {@code thead} and
 * {@code tbody}, group rows headed by a {@code th}, figures as {@code td.number} with their value and
 * kind) so that the HTML golden tests run unchanged over them.
 *
 * <p>Word: LibreOffice opens the file and saves it as flat OpenDocument, whose paragraph styles,
 * outline levels, header rows, cell shading and alignment are read here. Spreadsheet: POI's XSSF
 * (fastexcel wrote it) reads the first sheet in order and follows each link to a table's sheet;
 * headings are told by their size, list items by their indent, a group row by its shading, a figure
 * by its number format.
 */
final class OfficeReading {

    private static final List<String> SEEDS = List.of(
            Seeds.STATUS_PLAN, Seeds.QUARTERLY_PLAN, Seeds.CATALOGUE_PLAN, Seeds.ACTION_PLAN, Seeds.GRANT_PLAN);
    private static final Map<String, Document> WORD = new HashMap<>();
    private static final Pattern DANISH_FIGURE = Pattern.compile(
            "(?:ca\\. )?-?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?: (pct\\.|procentpoint|procent|mio\\. kr\\.|kr\\.))?");
    private static final Pattern NUMBER_FORMAT =
            Pattern.compile("(?:\\[\\$-406\\])?(?:\"(ca\\. )\")?#,##0(?:\\.(0+))?(?:\"(.*)\")?");

    private OfficeReading() {}

    /** The five seeds' Word files, opened by LibreOffice in one start. */
    static synchronized Document word(String planId) {
        if (WORD.isEmpty()) {
            try {
                Path dir = Files.createTempDirectory("seeds-docx-");
                List<Path> files = new ArrayList<>();
                for (String id : SEEDS) {
                    Path file = dir.resolve(id + ".docx");
                    Files.write(file, new DocxDocumentWriter(WordTemplate.builtIn()).write(Seeds.document(id)));
                    files.add(file);
                }
                LibreOffice.convert(files, "fodt", dir.resolve("fodt"));
                for (String id : SEEDS) {
                    WORD.put(id, new FlatOdt(Files.readString(dir.resolve("fodt/" + id + ".fodt"), StandardCharsets.UTF_8)).html());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return WORD.get(planId).clone();
    }

    /** A seed's spreadsheet as POI reads it. */
    static Document spreadsheet(String planId) {
        byte[] xlsx = new XlsxDocumentWriter().write(Seeds.document(planId));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return new Workbook(book).html();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String title) {
        Document html = Jsoup.parse("<!DOCTYPE html><html lang=\"da\"><head><title></title></head><body><main><header></header></main></body></html>");
        html.title(title);
        return html;
    }

    /** A figure printed in Danish: its value (kroner for amounts in millions) and kind. */
    private static void figure(Element td, String text) {
        Matcher m = DANISH_FIGURE.matcher(text.strip());
        if (!m.matches()) {
            return;
        }
        BigDecimal value = new BigDecimal(
                text.strip().replaceFirst("^ca\\. ", "").replaceAll(" .*", "").replace(".", "").replace(',', '.'));
        String unit = m.group(3);
        String kind = unit == null ? (m.group(2) == null ? "count" : "decimal")
                : unit.contains("kr.") ? "kroner" : unit.equals("pct.") ? "percent" : "decimal";
        if ("mio. kr.".equals(unit)) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        }
        td.addClass("number").attr("data-value", value.stripTrailingZeros().toPlainString()).attr("data-kind", kind);
    }

    /** LibreOffice's flat OpenDocument text of a Word file. */
    private static final class FlatOdt {

        private final Document odt;
        private final Map<String, Element> styles = new HashMap<>();

        FlatOdt(String xml) {
            odt = Jsoup.parse(xml, "", Parser.xmlParser());
            for (Element style : odt.getElementsByTag("style:style")) {
                styles.put(style.attr("style:name"), style);
            }
            for (Element style : odt.getElementsByTag("text:list-style")) {
                styles.put(style.attr("style:name"), style);
            }
        }

        Document html() {
            Element title = odt.getElementsByTag("dc:title").first();
            Document html = page(title == null ? "" : title.text());
            Element main = html.selectFirst("main");
            Element header = html.selectFirst("header");
            Element body = odt.getElementsByTag("office:text").first();
            String caption = null;
            for (Element e : body.children()) {
                switch (e.tagName()) {
                    case "text:p" -> {
                        String style = named(e.attr("text:style-name"));
                        String text = text(e);
                        switch (style) {
                            case "Subtitle" -> header.appendElement("p").addClass("label").text(text);
                            case "Title" -> header.appendElement("h1").text(text);
                            case "Document_20_Information" -> header.appendElement("p").addClass("meta").text(text);
                            case "caption" -> caption = text;
                            default -> paragraph(main.appendElement("p"), e);
                        }
                    }
                    case "text:h" -> main.appendElement("h" + (Integer.parseInt(e.attr("text:outline-level")) + 1)).text(text(e));
                    case "text:list" -> list(main, e);
                    case "table:table" -> {
                        table(main.appendElement("table"), e, caption);
                        caption = null;
                    }
                    default -> { }
                }
            }
            return html;
        }

        private void list(Element main, Element list) {
            Element style = styles.get(list.attr("text:style-name"));
            boolean numbered = style != null && style.getElementsByTag("text:list-level-style-number").first() != null
                    && !style.getElementsByTag("text:list-level-style-number").first().attr("style:num-format").isEmpty();
            Element out = main.appendElement(numbered ? "ol" : "ul");
            for (Element item : list.getElementsByTag("text:list-item")) {
                for (Element p : item.getElementsByTag("text:p")) {
                    lines(out.appendElement("li"), p);
                }
            }
        }

        private void table(Element table, Element odf, String caption) {
            if (caption != null) {
                table.appendElement("caption").text(caption);
            }
            Element head = table.appendElement("thead").appendElement("tr");
            Element headerRows = odf.getElementsByTag("table:table-header-rows").first();
            if (headerRows != null) {
                for (Element cell : headerRows.getElementsByTag("table:table-cell")) {
                    head.appendElement("th").attr("scope", "col").text(text(cell));
                }
            }
            Element body = table.appendElement("tbody");
            for (Element row : odf.children()) {
                if (!row.tagName().equals("table:table-row")) {
                    continue;
                }
                Element tr = body.appendElement("tr");
                boolean group = false;
                boolean first = true;
                for (Element cell : row.children()) {
                    if (!cell.tagName().equals("table:table-cell")) {
                        continue;
                    }
                    if (first && "#f2f2f2".equalsIgnoreCase(property(cell.attr("table:style-name"), "fo:background-color"))) {
                        group = true;
                        tr.addClass("group");
                    }
                    Element td = tr.appendElement(group && first ? "th" : "td");
                    if (group && first) {
                        td.attr("scope", "rowgroup");
                    }
                    if (cell.hasAttr("table:number-columns-spanned") && !cell.attr("table:number-columns-spanned").equals("1")) {
                        td.attr("colspan", cell.attr("table:number-columns-spanned"));
                    }
                    List<Element> paragraphs = cell.getElementsByTag("text:p");
                    boolean right = !paragraphs.isEmpty()
                            && "end".equals(property(paragraphs.get(0).attr("text:style-name"), "fo:text-align"));
                    Element target = td;
                    boolean bold = !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> bold(p) && !text(p).isEmpty());
                    if (bold) {
                        target = td.appendElement("strong");
                    }
                    if (paragraphs.size() > 1) {
                        for (Element p : paragraphs) {
                            lines(target.appendElement("p"), p);
                        }
                    } else if (!paragraphs.isEmpty()) {
                        lines(target, paragraphs.get(0));
                    }
                    if (right) {
                        figure(td, td.text());
                    }
                    first = false;
                }
            }
        }

        private void paragraph(Element p, Element odf) {
            lines(bold(odf) ? p.appendElement("strong") : p, odf);
        }

        /** A paragraph is bold where its style is or every piece of its text is. */
        private boolean bold(Element p) {
            if ("bold".equals(property(p.attr("text:style-name"), "fo:font-weight"))) {
                return true;
            }
            boolean any = false;
            for (Node n : p.childNodes()) {
                if (n instanceof TextNode t && !t.text().isBlank()) {
                    return false;
                }
                if (n instanceof Element span && span.tagName().equals("text:span")) {
                    if (!"bold".equals(property(span.attr("text:style-name"), "fo:font-weight"))) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        /** A style's property, looked up through its parents. */
        private String property(String styleName, String property) {
            Element style = styles.get(styleName);
            for (int depth = 0; style != null && depth < 10; depth++) {
                for (Element props : style.children()) {
                    if (props.hasAttr(property)) {
                        return props.attr(property);
                    }
                }
                style = styles.get(style.attr("style:parent-style-name"));
            }
            return "";
        }

        /** The named style an automatic style is based on ({@code P3} is a {@code Standard}). */
        private String named(String styleName) {
            Element style = styles.get(styleName);
            if (style != null && style.parent() != null && style.parent().tagName().equals("office:automatic-styles")) {
                return style.attr("style:parent-style-name");
            }
            return styleName;
        }

        private static void lines(Element out, Element p) {
            String[] lines = text(p).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.appendElement("br");
                }
                out.appendText(lines[i]);
            }
        }

        /** The text of a paragraph or cell as written: spaces, tabs and line breaks as such. */
        private static String text(Element e) {
            StringBuilder out = new StringBuilder();
            append(out, e);
            return out.toString().strip();
        }

        private static void append(StringBuilder out, Node node) {
            for (Node n : node.childNodes()) {
                if (n instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (n instanceof Element e) {
                    switch (e.tagName()) {
                        case "text:s" -> out.append(" ".repeat(e.hasAttr("text:c") ? Integer.parseInt(e.attr("text:c")) : 1));
                        case "text:tab" -> out.append('\t');
                        case "text:line-break" -> out.append('\n');
                        case "text:p", "text:h" -> {
                            if (out.length() > 0) {
                                out.append("\n\n");
                            }
                            append(out, e);
                        }
                        case "text:soft-page-break", "text:bookmark", "text:bookmark-start", "text:bookmark-end", "office:annotation" -> { }
                        default -> append(out, e);
                    }
                }
            }
        }
    }

    /** POI's reading of a workbook. */
    private static final class Workbook {

        private final XSSFWorkbook book;

        Workbook(XSSFWorkbook book) {
            this.book = book;
        }

        Document html() {
            Document html = page(book.getProperties().getCoreProperties().getTitle());
            Element main = html.selectFirst("main");
            Element header = html.selectFirst("header");
            XSSFSheet first = book.getSheetAt(0);
            boolean titled = false;
            boolean inHeader = true;
            Element list = null;
            for (int r = 0; r <= first.getLastRowNum(); r++) {
                XSSFRow row = first.getRow(r);
                XSSFCell cell = row == null ? null : row.getCell(0);
                if (cell == null || cell.getStringCellValue().isEmpty()) {
                    if (titled) {
                        inHeader = false;
                    }
                    list = null;
                    continue;
                }
                String text = cell.getStringCellValue();
                var font = cell.getCellStyle().getFont();
                int size = font.getFontHeightInPoints();
                if (inHeader) {
                    if (size == XlsxDocumentWriter.TITLE_SIZE && font.getBold()) {
                        header.appendElement("h1").text(text);
                        titled = true;
                    } else if (!titled) {
                        header.appendElement("p").addClass("label").text(text);
                    } else {
                        header.appendElement("p").addClass("meta").text(text);
                    }
                    continue;
                }
                if (cell.getHyperlink() != null) {
                    String target = cell.getHyperlink().getAddress();
                    String sheet = target.substring(1, target.lastIndexOf("'!")).replace("''", "'");
                    table(main.appendElement("table"), book.getSheet(sheet));
                    list = null;
                } else if (font.getBold() && size > 11) {
                    main.appendElement("h" + (XlsxDocumentWriter.HEADING_SIZE - size + 2)).text(text);
                    list = null;
                } else if (cell.getCellStyle().getIndention() > 0) {
                    boolean numbered = text.matches("\\d+\\. .*");
                    if (list == null || !list.tagName().equals(numbered ? "ol" : "ul")
                            || (numbered && text.startsWith("1. "))) {
                        list = main.appendElement(numbered ? "ol" : "ul");
                    }
                    lines(list.appendElement("li"), text.replaceFirst(numbered ? "^\\d+\\. " : "^\u2022 ", ""));
                } else {
                    Element p = main.appendElement("p");
                    lines(font.getBold() ? p.appendElement("strong") : p, text);
                    list = null;
                }
            }
            return html;
        }

        private void table(Element table, XSSFSheet sheet) {
            int headerRow = sheet.getPaneInformation() == null ? -1 : sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
            if (headerRow == 1) {
                table.appendElement("caption").text(sheet.getRow(0).getCell(0).getStringCellValue());
            }
            Element head = table.appendElement("thead").appendElement("tr");
            if (headerRow >= 0) {
                for (var cell : sheet.getRow(headerRow)) {
                    head.appendElement("th").attr("scope", "col").text(cell.getStringCellValue());
                }
            }
            Map<String, Integer> spans = new HashMap<>();
            List<String> covered = new ArrayList<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                spans.put(region.getFirstRow() + ":" + region.getFirstColumn(), region.getLastColumn() - region.getFirstColumn() + 1);
                for (int c = region.getFirstColumn() + 1; c <= region.getLastColumn(); c++) {
                    covered.add(region.getFirstRow() + ":" + c);
                }
            }
            Element body = table.appendElement("tbody");
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                Element tr = body.appendElement("tr");
                if (row == null) {
                    continue;
                }
                XSSFCell firstCell = row.getCell(0);
                boolean group = firstCell != null && fill(firstCell).equalsIgnoreCase(DocxDocumentWriter.GROUP_FILL);
                if (group) {
                    tr.addClass("group");
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    if (covered.contains(r + ":" + c)) {
                        continue;
                    }
                    XSSFCell cell = row.getCell(c);
                    Element td = tr.appendElement(group && c == 0 ? "th" : "td");
                    if (group && c == 0) {
                        td.attr("scope", "rowgroup");
                    }
                    if (spans.containsKey(r + ":" + c)) {
                        td.attr("colspan", String.valueOf(spans.get(r + ":" + c)));
                    }
                    if (cell == null) {
                        continue;
                    }
                    String text = cell.getCellType() == CellType.NUMERIC ? shown(cell) : cell.getStringCellValue();
                    Element target = cell.getCellStyle().getFont().getBold() && !text.isEmpty() ? td.appendElement("strong") : td;
                    String[] paragraphs = text.strip().split("\\n\\s*\\n");
                    if (paragraphs.length > 1) {
                        for (String p : paragraphs) {
                            lines(target.appendElement("p"), p.strip());
                        }
                    } else {
                        lines(target, text);
                    }
                    if (cell.getCellType() == CellType.NUMERIC) {
                        figure(td, text);
                        // The cell's own number, not the printed rounding: millions back in kroner.
                        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                        if (text.endsWith("mio. kr.")) {
                            value = value.multiply(BigDecimal.valueOf(1_000_000));
                        }
                        td.attr("data-value", value.stripTrailingZeros().toPlainString());
                    }
                }
            }
        }

        private static String fill(XSSFCell cell) {
            XSSFColor colour = cell.getCellStyle().getFillForegroundColorColor();
            return colour == null || colour.getARGBHex() == null ? "" : colour.getARGBHex().substring(2);
        }

        /**
         * A number as its format shows it, for the formats Pejling writes ({@code #,##0}, decimals,
         * a quoted unit): POI's own formatter takes the full stop in {@code " mio. kr."} for a
         * decimal point, so the reading is done here.
         */
        private static String shown(XSSFCell cell) {
            String format = cell.getCellStyle().getDataFormatString();
            Matcher m = NUMBER_FORMAT.matcher(format);
            if (!m.matches()) {
                throw new AssertionError("a number format Pejling does not write: " + format);
            }
            int decimals = m.group(2) == null ? 0 : m.group(2).length();
            String number = dk.pejling.shared.DanishFormat.number(BigDecimal.valueOf(cell.getNumericCellValue()), decimals);
            return (m.group(1) == null ? "" : m.group(1)) + number + (m.group(3) == null ? "" : m.group(3));
        }

        private static void lines(Element out, String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.appendElement("br");
                }
                out.appendText(lines[i]);
            }
        }
    }

}
