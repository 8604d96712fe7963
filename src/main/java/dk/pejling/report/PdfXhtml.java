package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The XHTML page a PDF is laid out from. It is built as a DOM, never as markup text, so that text in
 * a plan ({@code <script>}, {@code &}) can only ever become text in the PDF.
 */
final class PdfXhtml {

    static final String LANGUAGE = "da-DK";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document dom;

    private PdfXhtml(Document dom) {
        this.dom = dom;
    }

    static Document of(CommitteeDocument document, String css) {
        PdfXhtml page = new PdfXhtml(emptyDom());
        page.build(document, css);
        return page.dom;
    }

    private static Document emptyDom() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML builder is not available", e);
        }
    }

    private void build(CommitteeDocument document, String css) {
        Element html = element("html");
        html.setAttribute("lang", LANGUAGE);
        html.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", LANGUAGE);
        dom.appendChild(html);

        Element head = append(html, "head");
        append(head, "title", document.title());
        // PDF/UA asks for a description besides the title; the annex mark and the meta lines say it.
        // The renderer takes it from the "subject" meta (the PDF's Subject and XMP dc:description).
        Element description = append(head, "meta");
        description.setAttribute("name", "subject");
        description.setAttribute("content", description(document));
        Element style = append(head, "style");
        style.setAttribute("type", "text/css");
        style.appendChild(dom.createTextNode(pageRules(css, document)));

        Element body = append(html, "body");
        if (document.label() != null) {
            append(body, "p", document.label()).setAttribute("class", "label");
        }
        append(body, "h1", document.title()).setAttribute("class", "title");
        for (String line : document.meta()) {
            append(body, "p", line).setAttribute("class", "meta");
        }
        for (Block block : document.blocks()) {
            block(body, block);
        }
    }

    private static String description(CommitteeDocument document) {
        StringBuilder text = new StringBuilder();
        if (document.label() != null) {
            text.append(document.label()).append(": ");
        }
        text.append(document.title());
        for (String line : document.meta()) {
            text.append(". ").append(line);
        }
        return printable(text.toString()).replaceAll("\\s+", " ");
    }

    /** Tables this wide or wider are printed on landscape pages, where their words fit their columns. */
    static final int LANDSCAPE_COLUMNS = 5;

    /**
     * The style sheet made to fit the document: the title in every page's header and, for a wide
     * table, landscape pages.
     */
    static String pageRules(String css, CommitteeDocument document) {
        boolean wide = document.blocks().stream()
                .anyMatch(b -> b instanceof Table t && t.header().size() >= LANDSCAPE_COLUMNS);
        String sized = wide ? css.replace("size: A4;", "size: A4 landscape;") : css;
        return sized.replace("content: \"TITLE\"", "content: \"" + cssString(document.title()) + "\"");
    }

    /** Text as the inside of a CSS string, where no character can end the string or the rule. */
    static String cssString(String text) {
        StringBuilder escaped = new StringBuilder();
        printable(text).replaceAll("\\s+", " ").codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                escaped.appendCodePoint(c);
            } else {
                // The space ends the escape and is eaten with it (CSS syntax 4.3.7): a space that
                // follows in the text ("Status: Beskæftigelsesaftale") stays.
                escaped.append(String.format("\\%06x ", c));
            }
        });
        return escaped.toString();
    }

    private void block(Element body, Block block) {
        if (block instanceof Heading heading) {
            // The document's title is the only h1; the model's chapters start at h2.
            append(body, "h" + Math.min(6, Math.max(1, heading.level()) + 1), heading.text());
        } else if (block instanceof Paragraph paragraph) {
            Element p = append(body, "p");
            if (paragraph.emphasis()) {
                text(append(p, "strong"), paragraph.text());
            } else {
                text(p, paragraph.text());
            }
        } else if (block instanceof BulletList list) {
            Element items = append(body, list.numbered() ? "ol" : "ul");
            for (String item : list.items()) {
                append(items, "li", item);
            }
        } else if (block instanceof Table table) {
            table(body, table);
        } else if (block instanceof CommitteeDocument.Charts charts) {
            charts(body, charts);
        }
    }

    /**
     * Each chart as a figure: the SVG parsed from the chart's own well-formed markup and imported
     * (parsed, never pasted as text), its caption, and the table of its figures.
     */
    private void charts(Element body, CommitteeDocument.Charts charts) {
        append(body, "h2", charts.heading());
        int n = 0;
        for (dk.pejling.chart.Chart chart : charts.charts()) {
            n++;
            Element figure = append(body, "div");
            figure.setAttribute("class", "figure");
            Element svg = (Element) dom.importNode(parseSvg(chart.svg("figur-" + n)), true);
            // PDF/UA: the figure's alternative text, which the renderer takes from alt as for an image
            svg.setAttribute("alt", printable(chart.caption()));
            figure.appendChild(svg);
            append(figure, "p", chart.caption()).setAttribute("class", "figcaption");
            var data = chart.table();
            Element table = append(figure, "table");
            table.setAttribute("class", "chart-data");
            append(table, "caption", data.caption());
            Element headerRow = append(append(table, "thead"), "tr");
            for (String column : data.header()) {
                append(headerRow, "th", column).setAttribute("scope", "col");
            }
            Element rows = append(table, "tbody");
            for (java.util.List<String> row : data.rows()) {
                Element tr = append(rows, "tr");
                for (int i = 0; i < row.size(); i++) {
                    Element cell = append(tr, "td", row.get(i));
                    if (i > 0) {
                        cell.setAttribute("class", "figure");
                    }
                }
            }
        }
    }

    private static Element parseSvg(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            throw new IllegalStateException("A chart's SVG is not well-formed XML", e);
        }
    }

    private void table(Element body, Table table) {
        Element element = append(body, "table");
        if (table.caption() != null) {
            append(element, "caption", table.caption());
        }
        Element headerRow = append(append(element, "thead"), "tr");
        for (String column : table.header()) {
            append(headerRow, "th", column).setAttribute("scope", "col");
        }
        // A row heading a group opens a tbody of its own, so the group can be kept on one page.
        @Nullable Element rows = null;
        for (Row row : table.rows()) {
            if (rows == null || row.group()) {
                rows = append(element, "tbody");
                if (row.group()) {
                    rows.setAttribute("class", "group");
                }
            }
            Element tr = append(rows, "tr");
            if (row.group()) {
                tr.setAttribute("class", "group");
            }
            for (Cell cell : row.cells()) {
                cell(tr, cell);
            }
        }
    }

    private void cell(Element tr, Cell cell) {
        Element td = append(tr, "td", cell.text());
        if (cell.span() > 1) {
            td.setAttribute("colspan", Integer.toString(cell.span()));
        }
        String classes = (cell.bold() ? "strong " : "") + (cell.kind() == NumberKind.NONE ? "" : "figure");
        if (!classes.isBlank()) {
            td.setAttribute("class", classes.trim());
        }
    }

    private Element append(Element parent, String name) {
        Element child = element(name);
        parent.appendChild(child);
        return child;
    }

    private Element append(Element parent, String name, @Nullable String text) {
        Element child = append(parent, name);
        if (text != null) {
            text(child, text);
        }
        return child;
    }

    private Element element(String name) {
        return dom.createElementNS(XHTML, name);
    }

    /** Text with its line breaks kept: a cell's second line ("Indsatsen udløb i 2020") stays a line. */
    private void text(Element parent, String text) {
        String[] lines = printable(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendChild(element("br"));
            }
            parent.appendChild(dom.createTextNode(lines[i]));
        }
    }

    /**
     * Control characters and lone surrogates have no glyph and no place in XML; a tab reads as a
     * space.
     */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || c == '\r' || !unprintable(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean unprintable(int c) {
        boolean loneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        return Character.isISOControl(c) || loneSurrogate || c == 0xFFFE || c == 0xFFFF;
    }
}
