package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A committee document as one standalone HTML5 page: Danish, real headings under the title, tables
 * with a caption and header cells that say what they head, print styles, no script and nothing
 * fetched from elsewhere, so that the file can be mailed, archived and printed as it is. Every text
 * is escaped; the markup is also well-formed XML.
 */
@Component
public class HtmlDocumentWriter implements DocumentWriter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private static final String STYLE = """
            body{font-family:"IBM Plex Sans",Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;\
            background:#fff;margin:0}
            main{max-width:72rem;margin:0 auto;padding:2rem 1.5rem}
            .label{font-weight:600;margin:0 0 .25rem}
            .meta{margin:0;color:#444}
            h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1.5rem}
            h2{font-size:1.375rem;margin:2rem 0 .75rem}
            h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
            h4{font-size:1rem;margin:1.25rem 0 .5rem}
            table{border-collapse:collapse;width:100%;margin:1rem 0 1.5rem}
            caption{text-align:left;font-weight:600;padding:.25rem 0}
            th,td{border:1px solid #747474;padding:.375rem .5rem;text-align:left;vertical-align:top}
            thead th{background:#f5f5f5}
            tr.group th{background:#eaeaea}
            td.number,th.number{text-align:right;white-space:nowrap}
            td p{margin:0 0 .5rem}td p:last-child{margin-bottom:0}
            figure{margin:1.5rem 0 2rem;page-break-inside:avoid;break-inside:avoid}
            figure svg{display:block;width:100%;max-width:40rem;height:auto}
            figcaption{margin:.5rem 0;max-width:40rem}
            table.chart-data{width:auto}
            @media print{
            body{font-size:10pt;color:#000}
            main{max-width:none;padding:0}
            h1,h2,h3,h4{page-break-after:avoid;break-after:avoid}
            table{page-break-inside:auto}
            tr{page-break-inside:avoid;break-inside:avoid}
            thead{display:table-header-group}
            thead th,tr.group th{background:none}
            @page{size:A4 landscape;margin:15mm}
            }
            """;

    /**
     * The Content-Security-Policy a page of this writer may be served with: nothing may load or run,
     * and the one style element is allowed by its hash, so that no other inline style could apply.
     */
    public static String contentSecurityPolicy() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(("\n" + STYLE).getBytes(StandardCharsets.UTF_8));
            return "default-src 'none'; style-src 'sha256-" + java.util.Base64.getEncoder().encodeToString(digest)
                    + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public byte[] write(CommitteeDocument document) {
        return html(document).getBytes(StandardCharsets.UTF_8);
    }

    String html(CommitteeDocument document) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"da\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Pejling\"/>\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>").append("\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<header>\n");
        if (document.label() != null && !document.label().isBlank()) {
            out.append("<p class=\"label\">").append(escape(document.label())).append("</p>\n");
        }
        out.append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (String line : document.meta()) {
            out.append("<p class=\"meta\">").append(escape(line)).append("</p>\n");
        }
        out.append("</header>\n");
        for (Block block : document.blocks()) {
            block(out, block);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void block(StringBuilder out, Block block) {
        if (block instanceof Heading h) {
            // the document's title is the page's one h1; a chapter is h2
            int level = Math.min(Math.max(h.level(), 1), 5) + 1;
            out.append("<h").append(level).append('>').append(escape(h.text())).append("</h").append(level).append(">\n");
        } else if (block instanceof Paragraph p) {
            out.append("<p>");
            if (p.emphasis()) {
                out.append("<strong>").append(lines(p.text())).append("</strong>");
            } else {
                out.append(lines(p.text()));
            }
            out.append("</p>\n");
        } else if (block instanceof BulletList l) {
            String tag = l.numbered() ? "ol" : "ul";
            out.append('<').append(tag).append(">\n");
            l.items().forEach(i -> out.append("<li>").append(lines(i)).append("</li>\n"));
            out.append("</").append(tag).append(">\n");
        } else if (block instanceof Table t) {
            table(out, t);
        } else if (block instanceof CommitteeDocument.Charts c) {
            charts(out, c);
        }
    }

    /** Each chart as a figure: the SVG (its own title and description name it), a caption, and its figures' table. */
    private static void charts(StringBuilder out, CommitteeDocument.Charts charts) {
        out.append("<section class=\"charts\">\n<h2>").append(escape(charts.heading())).append("</h2>\n");
        int n = 0;
        for (dk.pejling.chart.Chart chart : charts.charts()) {
            n++;
            out.append("<figure>\n").append(chart.svg("figur-" + n)).append("\n<figcaption>")
                    .append(escape(chart.caption()))
                    .append("</figcaption>\n");
            var t = chart.table();
            out.append("<table class=\"chart-data\">\n<caption>").append(escape(t.caption())).append("</caption>\n<thead>\n<tr>");
            t.header().forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
            out.append("</tr>\n</thead>\n<tbody>\n");
            for (java.util.List<String> row : t.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    out.append(i == 0 ? "<th scope=\"row\">" : "<td class=\"number\">").append(escape(row.get(i)))
                            .append(i == 0 ? "</th>" : "</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n</figure>\n");
        }
        out.append("</section>\n");
    }

    private static void table(StringBuilder out, Table table) {
        String caption = table.caption() != null && !table.caption().isBlank() ? table.caption() : table.sheetName();
        out.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead>\n<tr>");
        for (String h : table.header()) {
            out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            out.append(row.group() ? "<tr class=\"group\">" : "<tr>");
            boolean first = true;
            for (Cell cell : row.cells()) {
                // a group row is headed by its first cell, which names the theme or initiative below
                String tag = row.group() && first ? "th" : "td";
                out.append('<').append(tag);
                if (row.group() && first) {
                    out.append(" scope=\"rowgroup\"");
                }
                if (cell.span() > 1) {
                    out.append(" colspan=\"").append(cell.span()).append('"');
                }
                if (cell.number() != null) {
                    out.append(" class=\"number\" data-value=\"")
                            .append(escape(cell.number().toPlainString()))
                            .append("\" data-kind=\"")
                            .append(cell.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .append('"');
                }
                out.append('>');
                String text = cellText(cell.text());
                out.append(cell.bold() && !text.isEmpty() ? "<strong>" + text + "</strong>" : text);
                out.append("</").append(tag).append('>');
                first = false;
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A cell of several paragraphs gets a {@code p} for each; a single line break stays a break. */
    private static String cellText(String text) {
        String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
        if (paragraphs.length < 2) {
            return lines(text.strip());
        }
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            out.append("<p>").append(lines(p.strip())).append("</p>");
        }
        return out.toString();
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    /** Escapes the five characters with a meaning in HTML and XML, so text is never read as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and line feed are not allowed in XML
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
