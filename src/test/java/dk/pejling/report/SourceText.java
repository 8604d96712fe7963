package dk.pejling.report;

import static org.assertj.core.api.Assertions.fail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reading a seed's source text and a generated document side by side: normalised text, the numbers
 * in order, the text blocks of an HTML page, and "in the source's order" as an assertion.
 */
final class SourceText {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");
    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,th,td,caption";

    private SourceText() {}

    /** Whitespace collapsed, typographic quotes and dashes made plain, markup and emphasis marks removed. */
    static String normal(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("<br\\s*/?>", " ")
                .replaceAll("</?(p|ol|ul|li|hr)(\\s[^>]*)?/?>", " ")
                .replaceAll("</?(b|i|em|strong)>", "")
                .replace('“', '"').replace('”', '"').replace('„', '"')
                .replace('‘', '\'').replace('’', '\'')
                .replace('–', '-').replace('—', '-')
                .replace('\u00a0', ' ')
                .replace("**", "");
        return s.replaceAll("\\s+", " ").replaceAll(" \\)", ")").replaceAll("\\( ", "(").strip();
    }

    /** The numbers of a text in order, as written ({@code 26.898.526}, {@code 14,530}, {@code 2019}). */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text blocks of a page in reading order: headings, paragraphs, list items, cells; each normalised. */
    static List<String> blocks(Document html) {
        List<String> out = new ArrayList<>();
        for (Element e : html.body().select(BLOCKS)) {
            if (!e.select(BLOCKS).stream().allMatch(x -> x == e)) {
                continue; // a cell of paragraphs is read through its paragraphs
            }
            out.add(normal(e.wholeText()));
        }
        return out;
    }

    /** The text blocks after the document's heading (annex mark, title, date and numbers). */
    static List<String> bodyBlocks(Document html) {
        List<String> out = new ArrayList<>();
        for (Element e : html.body().select(BLOCKS)) {
            if (e.closest("header") != null || !e.select(BLOCKS).stream().allMatch(x -> x == e)) {
                continue;
            }
            out.add(normal(e.wholeText()));
        }
        return out;
    }

    /** The whole page as one normalised text. */
    static String text(Document html) {
        return String.join(" \n ", blocks(html));
    }

    /** Asserts that every expected item is found in {@code haystack}, each after the one before. */
    static void assertInOrder(String what, List<String> expected, String haystack) {
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            String item = expected.get(i);
            int at = haystack.indexOf(item, from);
            if (at < 0) {
                boolean anywhere = haystack.contains(item);
                fail(what + ": item " + (i + 1) + " of " + expected.size() + " «" + item + "» "
                        + (anywhere ? "comes too early (out of the source's order)" : "is missing")
                        + "; after: «" + haystack.substring(Math.max(0, from - 80), Math.min(haystack.length(), from + 80)) + "»");
            }
            from = at + item.length();
        }
    }

    /** Asserts that the expected items are a subsequence of {@code actual}, in order. */
    static void assertSubsequence(String what, List<String> expected, List<String> actual) {
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            int at = actual.subList(from, actual.size()).indexOf(expected.get(i));
            if (at < 0) {
                fail(what + ": «" + expected.get(i) + "» (" + (i + 1) + " of " + expected.size() + ") is missing or out of order; "
                        + "source before it: " + expected.subList(Math.max(0, i - 5), i) + "; generated from there: "
                        + actual.subList(from, Math.min(actual.size(), from + 12)));
            }
            from += at + 1;
        }
    }

    /**
     * The opening words of every paragraph of a source text (blank-line separated), and of every line
     * that the PDF text marks as a list item with a trailing {@code -} or number: at most
     * {@code length} characters, cut at a word, without the trailing marks and punctuation that
     * the extraction moved about. Lines that {@code skip} rejects are left out.
     */
    static List<String> openings(String source, int length, Predicate<String> skip) {
        List<String> out = new ArrayList<>();
        for (String chunk : source.split("\\n\\s*\\n")) {
            boolean first = true;
            for (String line : chunk.split("\\n")) {
                if (line.isBlank() || skip.test(line)) {
                    continue;
                }
                boolean listItem = line.stripTrailing().matches(".*\\S(\\s?-|\\d\\.)");
                if (first || listItem) {
                    String opening = opening(line, length);
                    if (!opening.isEmpty()) {
                        out.add(opening);
                    }
                }
                first = false;
            }
        }
        return out;
    }

    private static String opening(String line, int length) {
        String s = normal(line.replace("*", "").replaceFirst("^\\s*(- |#+ )", ""))
                .replaceAll("\\s?-$", "")
                .replaceAll("(\\D)\\d\\.$", "$1");
        if (s.length() > length) {
            int cut = s.lastIndexOf(' ', length);
            s = s.substring(0, cut > 0 ? cut : length);
        }
        return s.replaceAll("[.:,;\\s]+$", "").strip();
    }

    /** The index of the first block at or after {@code from} that matches; -1 where none does. */
    static int find(List<String> blocks, int from, Predicate<String> matches) {
        for (int i = from; i < blocks.size(); i++) {
            if (matches.test(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
