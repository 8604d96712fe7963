package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.report.PdfText.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five seeds written back as PDF from their demo plans and read back by poppler's
 * {@code pdftotext} and by PDFBox: every row, status phrase, remark, paragraph and figure of the
 * SOURCE document, in the source's order. The expected sequences are parsed from the source texts in
 * src/test/resources/seeds; the page margins (title and "Side X af Y") are taken off each page first.
 *
 * <p>Text is compared without white space, since a line may wrap where the source has none
 * ({@code nr.|2}). Deviations from the sources, each for a reason, are those the HTML golden tests
 * list, as the same plans hold them:
 * <ul>
 *   <li>000: the source leaves out some cells' final full stop (a prefix still matches); a page break
 *       splits nr. 3's budget and nr. 9's status cells (the pieces are joined, the stray bracket before
 *       the break dropped); the remark headings quote some titles and spell nr. 1
 *       "virksomhedsindsats" (Pejling uses the table's title, unquoted); the typo "været i været i".
 *   <li>001: line-break hyphens and OCR damage the plan holds corrected; the date with four digits;
 *       goal cells the plan holds as several goals are compared by their figures.
 *   <li>002: OCR text, compared by its consonant skeleton ({@link CatalogueDocumentGoldenTest#skeleton});
 *       the overview's names of nr. 11 and 19 as the descriptions give them.
 *   <li>003: the page mark {@code Side 2 af 4}; sub-goals headed {@code Ad. 1.}.
 *   <li>004: the date {@code 24.04.2008}; words hyphenated at a line break read whole; the date, case
 *       and document number stand under the title, where every committee document of Pejling has
 *       them, not above it.
 * </ul>
 */
class PdfSeedGoldenTest {

    private static final PdfDocumentWriter WRITER = new PdfDocumentWriter();

    // ---------------------------------------------------------------- seed 000: status annex

    @ParameterizedTest
    @EnumSource(Reader.class)
    void statusAnnexHasEveryCellRemarkAndFigureOfSeed000InOrder(Reader reader) {
        String source = Seeds.corrected(Seeds.source("000"), StatusDocumentGoldenTest.SOURCE_TYPOS);
        String body = body(Seeds.STATUS_PLAN, reader);

        List<String> expected = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        source.lines().filter(l -> l.startsWith("## ")).findFirst().ifPresent(l -> expected.add(l.substring(3)));
        for (List<String> row : statusRows(source)) {
            for (String cell : row) {
                for (String piece : cell.split("<br>")) {
                    if (!SourceText.normal(piece).isEmpty()) {
                        expected.add(piece);
                    }
                }
                figures.addAll(SourceText.numbers(cell));
            }
        }
        String intro = source.lines().filter(l -> l.startsWith("Nedenfor følger")).findFirst().orElseThrow();
        expected.add(intro);
        List<String> remarks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : source.substring(source.indexOf(intro) + intro.length()).lines().toList()) {
            if (line.startsWith("#### ")) {
                flush(remarks, text);
                String heading = line.substring(5).replace("**", "").replace("“", "").replace("”", "")
                        .replace("virksomhedsindsats for", "virksomhedsindsatser for");
                remarks.add(heading);
            } else if (!line.isBlank()) {
                text.append(line).append(' ');
            }
        }
        flush(remarks, text);
        expected.addAll(remarks);
        remarks.forEach(r -> figures.addAll(SourceText.numbers(r)));

        assertThat(expected).hasSizeGreaterThan(80);
        assertInSourceOrder("seed 000", expected, body);
        SourceText.assertSubsequence("figures of seed 000", figures, SourceText.numbers(SourceText.normal(body)));
    }

    /**
     * The rows of the source's status table (header first), the pieces of a cell that a page break
     * split joined again: after a blank table header, a cell that closes a bracket the cell above
     * left open, or opens with "og", goes on in the cell above.
     */
    private static List<List<String>> statusRows(String source) {
        List<List<String>> rows = new ArrayList<>();
        boolean afterBreak = false;
        for (String line : source.lines().toList()) {
            if (!line.startsWith("|") || line.contains("---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            String inner = line.strip();
            for (String cell : inner.substring(1, inner.length() - 1).split("\\|", -1)) {
                cells.add(cell.replace("<b>", "").replace("</b>", "").strip());
            }
            if (cells.stream().allMatch(c -> SourceText.normal(c.replace("<br>", " ")).isEmpty())) {
                afterBreak = true;
                continue;
            }
            if (afterBreak && !rows.isEmpty()) {
                afterBreak = false;
                List<String> above = rows.get(rows.size() - 1);
                for (int c = 0; c < cells.size(); c++) {
                    String piece = cells.get(c);
                    String first = piece.split("<br>")[0];
                    if (first.isBlank() || !(first.startsWith("og ") || closesBracket(above.get(c), first))) {
                        continue;
                    }
                    String before = above.get(c);
                    if (first.startsWith("og ") && before.endsWith(")")) {
                        before = before.substring(0, before.length() - 1);
                    }
                    above.set(c, before + " " + piece);
                    cells.set(c, "");
                }
                if (cells.stream().allMatch(c -> SourceText.normal(c.replace("<br>", " ")).isEmpty())) {
                    continue;
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static boolean closesBracket(String above, String piece) {
        return count(above, '(') > count(above, ')') || count(piece, ')') > count(piece, '(');
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void flush(List<String> remarks, StringBuilder text) {
        if (text.length() > 0) {
            remarks.add(text.toString().strip());
            text.setLength(0);
        }
    }

    // ---------------------------------------------------------------- seed 001: quarterly status

    @ParameterizedTest
    @EnumSource(Reader.class)
    void quarterlyStatusHasEveryRowStatusAndGoalFigureOfSeed001InOrder(Reader reader) {
        String source = Seeds.corrected(Seeds.source("001"), QuarterlyStatusDocumentGoldenTest.SOURCE_TYPOS);
        String body = body(Seeds.QUARTERLY_PLAN, reader);

        List<String> expected = new ArrayList<>(source.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(3).toList());
        List<String> goalFigures = new ArrayList<>();
        boolean inTable = false;
        for (String line : source.lines().toList()) {
            if (line.startsWith("Nr.\t")) {
                inTable = true;
                expected.addAll(List.of(line.split("\t")));
                continue;
            }
            if (!inTable || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String first = cells[0].strip();
            if (first.matches("\\d+ .+")) { // a theme: number and title in one column
                int space = first.indexOf(' ');
                expected.add(first.substring(0, space));
                expected.add(first.substring(space + 1));
            } else {
                expected.add(first);
                expected.add(cells[1]);
                if (cells.length > 4) { // an initiative: the goal cells by their figures, the status word for word
                    goalFigures.addAll(SourceText.numbers(SourceText.normal(cells[2])));
                    goalFigures.addAll(SourceText.numbers(SourceText.normal(cells[3])));
                    expected.add(cells[4]);
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(60);
        assertInSourceOrder("seed 001", expected, body);
        SourceText.assertSubsequence("goal figures of seed 001", goalFigures, SourceText.numbers(SourceText.normal(body)));
    }

    // ---------------------------------------------------------------- seed 002: catalogue

    @ParameterizedTest
    @EnumSource(Reader.class)
    void catalogueHasEveryFocusAreaInitiativeAndFinancingNeedOfSeed002InOrder(Reader reader) {
        String source = Seeds.corrected(Seeds.source("002"), CatalogueDocumentGoldenTest.SOURCE_CORRECTIONS);
        String body = body(Seeds.CATALOGUE_PLAN, reader);
        String bodySkeleton = CatalogueDocumentGoldenTest.skeleton(body);

        List<String> lines = source.lines().map(String::strip).toList();
        int overview = indexOf(lines, l -> l.startsWith("Pejlemaerke 1"));
        int details = indexOf(lines, l -> l.startsWith("Tabel 1"));
        List<String> expected = new ArrayList<>();
        expected.add(lines.stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow());
        for (String line : lines.subList(overview, details)) {
            if (!line.isEmpty() && !Character.isLowerCase(line.charAt(0))) {
                expected.add(line.replaceFirst("^- ", "").replace("*", ""));
            }
        }
        List<String> titles = expected.subList(1, expected.size()).stream()
                .filter(l -> !l.startsWith("Pejlem") && !l.startsWith("Fokusomr"))
                .map(CatalogueDocumentGoldenTest::skeleton)
                .toList();
        List<String> financing = new ArrayList<>();
        for (String line : lines.subList(details, lines.size())) {
            String label = CATALOGUE_LABELS.stream().filter(line::startsWith).findFirst().orElse(null);
            if (label != null) {
                String content = line.substring(label.length()).strip();
                expected.add(label + " " + content.substring(0, Math.min(40, content.length())));
                if (label.endsWith("finansieringsbehov:")) {
                    financing.addAll(SourceText.numbers(content));
                }
            } else if (line.startsWith("Fokusomr")) {
                expected.add(line.replaceFirst("^Fokusomr\\S+ \\d+:", "Fokusomrade:"));
            } else if (titles.contains(CatalogueDocumentGoldenTest.skeleton(line.replace("*", "")))) {
                expected.add(line.replace("*", ""));
            }
        }
        assertThat(expected).hasSizeGreaterThan(140);
        int from = 0;
        for (String item : expected) {
            String want = CatalogueDocumentGoldenTest.skeleton(item);
            int at = bodySkeleton.indexOf(want, from);
            assertThat(at).as("«%s» (skeleton %s) in the source's order", item, want).isNotNegative();
            from = at + want.length();
        }
        assertThat(financing).hasSizeGreaterThan(20);
        SourceText.assertSubsequence("financing figures of seed 002", financing, SourceText.numbers(SourceText.normal(body)));
    }

    private static final List<String> CATALOGUE_LABELS = List.of(
            "Inspiration:", "Effekt (*):", "Malgruppe og finansieringsbehov:", "Mdlgruppe og finansieringsbehov:");

    // ---------------------------------------------------------------- seed 003: action plan

    @ParameterizedTest
    @EnumSource(Reader.class)
    void actionPlanHasEveryParagraphListItemAndFigureOfSeed003InOrder(Reader reader) {
        String source = Seeds.source("003").replaceAll("(?m)^\\s*Side \\d+ af \\d+\\s*$", "");
        String body = subGoal(body(Seeds.ACTION_PLAN, reader));
        List<String> expected = SourceText.openings(source, 60, line -> false).stream()
                .map(PdfSeedGoldenTest::subGoal)
                .toList();
        assertThat(expected).hasSizeGreaterThan(40);
        assertInSourceOrder("seed 003", expected, body);
        SourceText.assertSubsequence("figures of seed 003",
                SourceText.numbers(source), SourceText.numbers(SourceText.normal(body)));
    }

    /** {@code Ad.1}, {@code Ad.2.}, {@code Ad. 3.} all as {@code Ad. 1.}. */
    private static String subGoal(String text) {
        return text.replaceAll("Ad\\.\\s?(\\d)\\.?", "Ad. $1.");
    }

    // ---------------------------------------------------------------- seed 004: grant account

    private static final Pattern ALLOCATION = Pattern.compile("^(.+?)\\t(\\d+)\\s*$");

    @ParameterizedTest
    @EnumSource(Reader.class)
    void grantAccountHasEveryParagraphAllocationAndFigureOfSeed004InOrder(Reader reader) {
        String source = Seeds.corrected(Seeds.source("004"), GrantAccountDocumentGoldenTest.SOURCE_TYPOS);
        String body = body(Seeds.GRANT_PLAN, reader);
        List<String> lines = source.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = lines.get(3);

        // The source heads the page with date, case and document number above the title; Pejling's
        // documents all print the title first and such lines under it.
        List<String> heading = new ArrayList<>(List.of(title));
        heading.addAll(lines.subList(0, 3));
        assertInSourceOrder("the heading of seed 004", heading, body);
        List<String> openings = SourceText.openings(source, 60, line -> line.contains("\t") || line.contains("<hr"));
        assertThat(openings.size()).isGreaterThan(150);
        assertInSourceOrder("seed 004", openings.subList(4, openings.size()), body);

        List<String> allocation = new ArrayList<>();
        for (String line : source.lines().toList()) {
            Matcher m = ALLOCATION.matcher(line);
            if (m.matches()) {
                allocation.add(m.group(1).strip());
                allocation.add(m.group(2));
            }
        }
        assertThat(allocation).hasSizeGreaterThan(10);
        assertInSourceOrder("the allocation of seed 004", allocation, body);

        String afterTitle = source.substring(source.indexOf(title) + title.length());
        String bodyAfterTitle = body.substring(body.indexOf(title) + title.length());
        SourceText.assertSubsequence("figures of seed 004",
                SourceText.numbers(afterTitle), SourceText.numbers(SourceText.normal(bodyAfterTitle)));
    }

    // ---------------------------------------------------------------- reading

    /** The seed's plan written as PDF, read back by {@code reader}, the page margins taken off. */
    private static String body(String planId, Reader reader) {
        CommitteeDocument document = Seeds.document(planId);
        return PdfText.body(WRITER.write(document), document.title(), reader);
    }

    /** Each phrase, normalised as the HTML tests normalise, found after the one before it. */
    private static void assertInSourceOrder(String what, List<String> expected, String body) {
        List<String> normal = expected.stream().map(e -> SourceText.normal(e.replace("<br>", " "))).toList();
        PdfText.assertInOrder(what, SourceText.normal(body), normal);
    }


    private static int indexOf(List<String> lines, java.util.function.Predicate<String> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("not in the source");
    }
}
