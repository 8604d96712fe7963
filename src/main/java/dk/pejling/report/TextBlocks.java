package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A plan's running text as document blocks. A blank line ends a paragraph; lines that start with
 * {@code - } are a bulleted list; a line that starts with its own mark ({@code 1.}, {@code 2)},
 * {@code Ad.1:}) is a paragraph of its own, so that the mark the source wrote is printed as written.
 */
final class TextBlocks {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MARKED = Pattern.compile("^(\\d+[.)]|[A-Z][.)]|Ad\\.?\\s?\\d+[.:)]?)\\s.*");

    private TextBlocks() {}

    static List<Block> of(@Nullable String text) {
        List<Block> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String chunk : PARAGRAPH_BREAK.split(text.strip())) {
            StringBuilder paragraph = new StringBuilder();
            List<String> items = new ArrayList<>();
            for (String raw : chunk.split("\\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("- ")) {
                    flush(paragraph, out);
                    items.add(line.substring(2).strip());
                } else if (MARKED.matcher(line).matches()) {
                    flush(paragraph, out);
                    flushList(items, out);
                    out.add(new Paragraph(line));
                } else {
                    flushList(items, out);
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
                }
            }
            flush(paragraph, out);
            flushList(items, out);
        }
        return out;
    }

    /** The paragraphs of a text, for a table cell: blank lines kept, list lines kept as lines. */
    static String cell(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (paragraph.length() > 0) {
            out.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<String> items, List<Block> out) {
        if (!items.isEmpty()) {
            out.add(new BulletList(List.copyOf(items), false));
            items.clear();
        }
    }
}
