package dk.pejling.bundle.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Proves that the demo bundle of "Bilag 1: Status 2019-2020 for indsatser i Integrationshandleplan
 * 2019-22" holds every initiative, budget, goal, target, status cell and remark of the source, and
 * nothing the source does not say. The source's table is parsed; the expectations derive from it.
 */
class Seed000CoverageTest {

    private static final String SEED = "000_d5ab0cf8f595660e.txt";
    private static final String PLAN_ID = "kk-integrationshandleplan-2019-22";

    /** Source spelling -> corrected spelling, applied to the normalised source before comparing. */
    private static final Map<String, String> CORRECTIONS = Map.of(
            // Source line 15 (initiative 2, third goal) repeats two words: "har været i været i".
            "der har været i været i virksomhedspraktik", "der har været i virksomhedspraktik");

    /**
     * Remark headings that name their initiative differently from the table (number -> heading).
     * Source line 40 writes "virksomhedsindsats" where the table (line 9) has "virksomhedsindsatser";
     * the bundle keeps the table's title, and a generated heading will use it.
     */
    private static final Map<String, String> HEADING_VARIANTS = Map.of(
            "1", "Håndholdt og vedvarende virksomhedsindsats for ledige");

    /** Bundle string fields whose text is copied from the source. */
    private static final Set<String> SOURCE_TEXT_KEYS = Set.of("title", "text", "display", "number", "by");

    /**
     * Bundle string fields that are Pejling's own vocabulary or that the brief supplies, not source
     * text: ids and enumerations; organisation and owner (the source names neither, only "BIU");
     * kind; a decision's date (the source writes 23.11.2020); reason (the planner's explanation).
     */
    private static final Set<String> OWN_KEYS = Set.of(
            "format", "id", "kind", "organisation", "owner", "status", "unit", "direction",
            "assessment", "reason", "date");

    private static final Pattern HEADING = Pattern.compile(
            "^(\\d+)\\. (.+) \\(([^()]*kr\\.[^()]*)\\)(?: Indsatsen udløb i (\\d{4}))?$");
    private static final Pattern BUDGET_PART = Pattern.compile("^([\\d,]+) mio\\. kr\\. (?:årligt|i (\\d{4}))$");
    private static final Pattern DECISION = Pattern.compile(
            "\\s*((\\w+) har (\\d{2})\\.(\\d{2})\\.(\\d{4}) besluttet at nedjustere målet for (\\d{4}) til (\\d+)\\.)");
    private static final Pattern JUDGED = Pattern.compile(
            "^Mål(et|ene) (blev|er) (ikke )?opnået(?: \\((.+)\\))?\\.?$");
    private static final Pattern NOT_STARTED = Pattern.compile("^Indsatsen var ikke igangsat i (\\d{4})\\.?$");
    private static final Pattern PLAIN_FIGURE = Pattern.compile("^([\\d.]+)( pct\\.)?$");
    private static final Pattern SHARE = Pattern.compile("(\\d+) ud af (\\d+)");
    private static final Pattern DANISH_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+|\\d+");
    private static final Pattern REMARK_HEADING = Pattern.compile("^#### \\*\\*(.+) \\(nr\\.(\\d+)\\)\\*\\*$");

    enum CellKind { EMPTY, DASH, NOT_STARTED, JUDGED }

    record Cell(CellKind kind, String raw, boolean plural, String tense, boolean achieved, String bracket) {}

    record SourceGoal(String text, String decision, Map<String, Cell> cells) {}

    static final class SourceInitiative {
        final String number;
        String heading;
        final List<SourceGoal> goals = new ArrayList<>();

        SourceInitiative(String number, String heading) {
            this.number = number;
            this.heading = heading;
        }

        Matcher headingMatch() {
            Matcher m = HEADING.matcher(heading);
            assertThat(m.matches()).as("heading of initiative %s: %s", number, heading).isTrue();
            return m;
        }
    }

    record SourceRemark(String number, String heading, List<String> paragraphs) {}

    private static SeedSource seed;
    private static List<String> statusYears;
    private static List<SourceInitiative> initiatives;
    private static List<SourceRemark> remarks;

    @BeforeAll
    static void parse() {
        seed = SeedSource.of(SEED, PLAN_ID);
        statusYears = new ArrayList<>();
        initiatives = new ArrayList<>();
        remarks = new ArrayList<>();
        parseTable(seed.source().lines().toList());
        parseRemarks(seed.source().lines().toList());
    }

    private static void parseTable(List<String> lines) {
        List<String[]> pendingCells = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            String inner = line.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
            String[] cells = inner.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = clean(cells[i]);
            }
            boolean separator = true;
            boolean blank = true;
            for (String c : cells) {
                separator &= c.matches("-{2,}");
                blank &= c.isEmpty();
            }
            if (separator || blank) {
                continue;
            }
            assertThat(cells).as("row %s", line).hasSize(4);
            if (cells[0].equals("Indsats og afsatte midler")) {
                for (int i = 2; i < 4; i++) {
                    statusYears.add(cells[i].replace("Status ", ""));
                }
                continue;
            }
            if (!cells[0].isEmpty()) {
                if (cells[0].matches("^\\d+\\. .*")) {
                    initiatives.add(new SourceInitiative(cells[0].substring(0, cells[0].indexOf('.')), cells[0]));
                } else {
                    // Source lines 16 and 20: the table breaks across pages inside initiative 3's
                    // heading, and extraction closed its bracket on the first page:
                    // "(0,6 mio. kr. i 2019)" + "og 0,4 mio. kr. i 2020)". Join the two halves.
                    SourceInitiative last = initiatives.get(initiatives.size() - 1);
                    last.heading = last.heading.replaceFirst("\\)$", "") + " " + cells[0];
                }
            }
            SourceInitiative current = initiatives.get(initiatives.size() - 1);
            if (!cells[1].isEmpty()) {
                String text = cells[1];
                String decision = null;
                Matcher d = DECISION.matcher(text);
                if (d.find()) {
                    decision = d.group(1);
                    text = (text.substring(0, d.start()) + text.substring(d.end())).trim();
                }
                current.goals.add(new SourceGoal(text, decision, new LinkedHashMap<>()));
                pendingCells.add(new String[] {cells[2], cells[3]});
            } else {
                // Source line 35: the last row's status cells run onto the next page
                // ("fagpersoner<br>)"); append them to the row above.
                String[] last = pendingCells.get(pendingCells.size() - 1);
                last[0] = clean(last[0] + " " + cells[2]);
                last[1] = clean(last[1] + " " + cells[3]);
            }
        }
        assertThat(statusYears).containsExactly("2019", "2020");
        int k = 0;
        for (SourceInitiative i : initiatives) {
            for (SourceGoal g : i.goals) {
                String[] raw = pendingCells.get(k++);
                for (int y = 0; y < statusYears.size(); y++) {
                    g.cells().put(statusYears.get(y), cell(raw[y]));
                }
            }
        }
    }

    private static String clean(String cell) {
        return SeedSource.normalise(cell).replaceAll("\\s+\\)", ")");
    }

    private static Cell cell(String raw) {
        if (raw.isEmpty()) {
            return new Cell(CellKind.EMPTY, raw, false, null, false, null);
        }
        if (raw.equals("-")) {
            return new Cell(CellKind.DASH, raw, false, null, false, null);
        }
        if (NOT_STARTED.matcher(raw).matches()) {
            return new Cell(CellKind.NOT_STARTED, raw, false, null, false, null);
        }
        Matcher m = JUDGED.matcher(raw);
        assertThat(m.matches()).as("status cell %s", raw).isTrue();
        return new Cell(CellKind.JUDGED, raw, m.group(1).equals("ene"), m.group(2), m.group(3) == null, m.group(4));
    }

    private static void parseRemarks(List<String> lines) {
        SourceRemark current = null;
        StringBuilder block = new StringBuilder();
        boolean started = false;
        List<String> blocks = null;
        for (String line : lines) {
            if (line.startsWith("Nedenfor følger bemærkninger")) {
                started = true;
                continue;
            }
            if (!started) {
                continue;
            }
            Matcher h = REMARK_HEADING.matcher(line.trim());
            if (h.matches()) {
                flush(blocks, block);
                blocks = new ArrayList<>();
                current = new SourceRemark(h.group(2), SeedSource.normalise(h.group(1)).replaceAll("\"", "").trim(), blocks);
                remarks.add(current);
            } else if (line.isBlank()) {
                flush(blocks, block);
            } else {
                block.append(line.trim()).append(' ');
            }
        }
        flush(blocks, block);
    }

    /**
     * Ends a paragraph. A paragraph that does not end a sentence was cut by a page break (source
     * line 62-64, remark on nr. 8: "hvilket var lidt" / "mindre end målsætningen") and goes on.
     */
    private static void flush(List<String> blocks, StringBuilder block) {
        String text = block.toString().trim();
        block.setLength(0);
        if (blocks == null || text.isEmpty()) {
            return;
        }
        if (!blocks.isEmpty() && !blocks.get(blocks.size() - 1).matches(".*[.!?]$")) {
            blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + text);
        } else {
            blocks.add(text);
        }
    }

    // ---------------------------------------------------------------- helpers on the bundle

    private static JsonNode plan() {
        return seed.bundle().get("plan");
    }

    private static JsonNode initiative(String number) {
        for (JsonNode i : plan().get("initiatives")) {
            if (i.get("number").asString().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no initiative numbered " + number);
    }

    private static JsonNode byPeriod(JsonNode list, String period) {
        if (list == null) {
            return null;
        }
        for (JsonNode n : list) {
            if (n.get("period").asString().equals(period)) {
                return n;
            }
        }
        return null;
    }

    private static String corrected(String sourceText) {
        String s = SeedSource.normalise(sourceText);
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            s = s.replace(c.getKey(), c.getValue());
        }
        return s;
    }

    private static BigDecimal danish(String n) {
        return new BigDecimal(n.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal dec(JsonNode n) {
        return n == null ? null : n.decimalValue();
    }

    private static boolean qualitative(SourceGoal g) {
        return g.cells().values().stream().noneMatch(c -> c.bracket() != null);
    }

    /** The target a goal text states: its first number, or "halvdelen" (50 pct.), or "Alle" (100 pct.). */
    private static BigDecimal statedTarget(String text) {
        Matcher m = DANISH_NUMBER.matcher(text);
        if (m.find()) {
            return danish(m.group());
        }
        if (text.contains("halvdelen")) {
            return new BigDecimal(50);
        }
        assertThat(text).startsWith("Alle");
        return new BigDecimal(100);
    }

    private static String expectedUnit(SourceGoal g) {
        if (qualitative(g)) {
            return "qualitative";
        }
        Matcher m = DANISH_NUMBER.matcher(g.text());
        if (m.find()) {
            return g.text().substring(m.end()).startsWith(" pct.") ? "percent" : "count";
        }
        return "percent"; // "Alle" / "halvdelen": a share of the participants
    }

    // ---------------------------------------------------------------- the plan

    @Test
    void planCarriesTheDocumentTitleAndThePlanItNames() {
        Matcher m = Pattern.compile("(?m)^## (.+)$").matcher(seed.source());
        assertThat(m.find()).isTrue();
        String docTitle = SeedSource.normalise(m.group(1));
        assertThat(plan().get("document").get("title").asString()).isEqualTo(docTitle);
        String planTitle = plan().get("title").asString();
        assertThat(docTitle).endsWith(" i " + planTitle);
        Matcher period = Pattern.compile("(\\d{4})-(\\d{2})$").matcher(planTitle);
        assertThat(period.find()).isTrue();
        assertThat(plan().get("period").get("start").asString()).isEqualTo(period.group(1));
        assertThat(plan().get("period").get("end").asString()).isEqualTo("20" + period.group(2));
        assertThat(plan().get("id").asString()).isEqualTo(PLAN_ID);
        assertThat(seed.bundle().get("format").asString()).isEqualTo("pejling-plan/1");
    }

    @Test
    void countsOfInitiativesGoalsAndSectionsMatchTheParsedSource() {
        assertThat(initiatives).hasSize(9);
        assertThat(plan().get("initiatives")).hasSize(initiatives.size());
        // The source shows no section tree: only the table and the remarks.
        assertThat(plan().has("sections")).isFalse();
        List<Integer> parsed = initiatives.stream().map(i -> i.goals.size()).toList();
        List<Integer> bundled = new ArrayList<>();
        for (JsonNode i : plan().get("initiatives")) {
            bundled.add(i.get("goals").size());
        }
        assertThat(bundled).isEqualTo(parsed).containsExactly(4, 3, 3, 2, 2, 2, 1, 2, 1);
        assertThat(remarks).hasSize(6);
    }

    // ---------------------------------------------------------------- from the source to the bundle

    @Test
    void everyInitiativeHasItsNumberTitleStatusAndEndInSourceOrder() {
        JsonNode bundled = plan().get("initiatives");
        for (int k = 0; k < initiatives.size(); k++) {
            SourceInitiative s = initiatives.get(k);
            Matcher m = s.headingMatch();
            JsonNode b = bundled.get(k);
            assertThat(b.get("number").asString()).isEqualTo(m.group(1));
            assertThat(b.get("title").asString()).isEqualTo(m.group(2));
            if (m.group(4) != null) { // "Indsatsen udløb i 2020"
                assertThat(b.get("status").asString()).as("initiative %s", s.number).isEqualTo("ended");
                assertThat(b.get("end").asString()).isEqualTo(m.group(4));
            } else {
                assertThat(b.get("status").asString()).as("initiative %s", s.number).isEqualTo("running");
                assertThat(b.has("end")).isFalse();
            }
            boolean notStarted = s.goals.stream().flatMap(g -> g.cells().values().stream())
                    .anyMatch(c -> c.kind() == CellKind.NOT_STARTED);
            if (notStarted) { // "Indsatsen var ikke igangsat i 2019": it started the year after
                assertThat(b.path("start").asString("")).as("start of %s", s.number).isEqualTo(statusYears.get(1));
            }
        }
    }

    /**
     * "3,3 mio. kr. årligt" is 3.300.000 kr. in each status year (2019 and 2020); "2,5 mio. kr.
     * årligt, 2,3 mio. kr. i 2020" overrides 2020; "(0,6 mio. kr. i 2020)" is that year alone.
     */
    @Test
    void everyBudgetTextIsRepresentedAsYearlyAmountsInKroner() {
        for (SourceInitiative s : initiatives) {
            String text = s.headingMatch().group(3);
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            for (String part : text.split(", | og ")) {
                Matcher p = BUDGET_PART.matcher(part);
                assertThat(p.matches()).as("budget part %s", part).isTrue();
                BigDecimal amount = danish(p.group(1)).multiply(new BigDecimal(1_000_000));
                if (p.group(2) == null) {
                    statusYears.forEach(y -> expected.put(y, amount));
                } else {
                    expected.put(p.group(2), amount);
                }
            }
            Map<String, BigDecimal> actual = new LinkedHashMap<>();
            for (JsonNode b : initiative(s.number).get("budget")) {
                actual.put(b.get("year").asString(), b.get("amount").decimalValue().stripTrailingZeros());
            }
            expected.replaceAll((y, a) -> a.stripTrailingZeros());
            assertThat(actual).as("budget of initiative %s (%s)", s.number, text).isEqualTo(expected);
        }
    }

    @Test
    void everyGoalRowIsAGoalOfItsInitiativeWithTheSameTextInRowOrder() {
        for (SourceInitiative s : initiatives) {
            JsonNode goals = initiative(s.number).get("goals");
            for (int k = 0; k < s.goals.size(); k++) {
                SourceGoal g = s.goals.get(k);
                JsonNode b = goals.get(k);
                assertThat(SeedSource.normalise(b.get("text").asString()))
                        .as("goal %d of initiative %s", k + 1, s.number)
                        .isEqualTo(corrected(g.text()));
                assertThat(b.get("id").asString()).isEqualTo("i" + s.number + "-g" + (k + 1));
                boolean plural = g.cells().values().stream().anyMatch(Cell::plural);
                assertThat(b.path("multiPart").asBoolean(false)).as("multiPart of %s", b.get("id")).isEqualTo(plural);
                assertThat(b.get("unit").asString()).as("unit of %s", b.get("id")).isEqualTo(expectedUnit(g));
                assertThat(b.get("direction").asString()).as("direction of %s", b.get("id"))
                        .isEqualTo(qualitative(g) ? "none" : "at_least");
                assertThat(b.get("kind").asString()).isIn("activity", "result");
            }
        }
    }

    /**
     * A goal has a target in each status year whose cell judges it (not "-", not "ikke igangsat",
     * not empty): the number its text states, or none for a qualitative goal; and a decided later
     * target where the row cites a decision ("BIU har 23.11.2020 besluttet ... for 2021 til 195.").
     */
    @Test
    void everyGoalHasTheTargetsItsTextAndStatusCellsImply() {
        for (SourceInitiative s : initiatives) {
            JsonNode goals = initiative(s.number).get("goals");
            for (int k = 0; k < s.goals.size(); k++) {
                SourceGoal g = s.goals.get(k);
                JsonNode targets = goals.get(k).get("targets");
                String id = goals.get(k).get("id").asString();
                int expectedCount = 0;
                for (Map.Entry<String, Cell> e : g.cells().entrySet()) {
                    JsonNode t = byPeriod(targets, e.getKey());
                    if (e.getValue().kind() != CellKind.JUDGED) {
                        assertThat(t).as("target of %s in %s", id, e.getKey()).isNull();
                        continue;
                    }
                    expectedCount++;
                    assertThat(t).as("target of %s in %s", id, e.getKey()).isNotNull();
                    if (qualitative(g)) {
                        assertThat(t.has("value")).isFalse();
                    } else {
                        assertThat(t.get("value").decimalValue()).as("target of %s in %s", id, e.getKey())
                                .isEqualByComparingTo(statedTarget(g.text()));
                    }
                }
                if (g.decision() != null) {
                    expectedCount++;
                    Matcher d = DECISION.matcher(g.decision());
                    assertThat(d.find()).isTrue();
                    JsonNode t = byPeriod(targets, d.group(6));
                    assertThat(t).as("decided target of %s", id).isNotNull();
                    assertThat(t.get("value").decimalValue()).isEqualByComparingTo(d.group(7));
                    JsonNode decision = t.get("decision");
                    assertThat(decision.get("by").asString()).isEqualTo(d.group(2));
                    assertThat(decision.get("date").asString())
                            .isEqualTo(d.group(5) + "-" + d.group(4) + "-" + d.group(3));
                    assertThat(decision.get("text").asString()).isEqualTo(d.group(1));
                }
                assertThat(targets).as("targets of %s", id).hasSize(expectedCount);
            }
        }
    }

    @Test
    void everyStatusCellIsAResultWithItsFigureAndJudgement() {
        String latest = statusYears.get(statusYears.size() - 1);
        int judged = 0;
        for (SourceInitiative s : initiatives) {
            JsonNode goals = initiative(s.number).get("goals");
            for (int k = 0; k < s.goals.size(); k++) {
                SourceGoal g = s.goals.get(k);
                JsonNode goal = goals.get(k);
                String id = goal.get("id").asString();
                JsonNode results = goal.get("results");
                int nonEmpty = 0;
                for (Map.Entry<String, Cell> e : g.cells().entrySet()) {
                    String period = e.getKey();
                    Cell c = e.getValue();
                    JsonNode r = byPeriod(results, period);
                    String where = id + " " + period + " \"" + c.raw() + "\"";
                    switch (c.kind()) {
                        case EMPTY -> assertThat(r).as(where).isNull();
                        case DASH -> assertNoFigure(r, "not_applicable", where);
                        case NOT_STARTED -> assertNoFigure(r, "not_started", where);
                        case JUDGED -> {
                            judged++;
                            // Tense: the latest year reads "er", earlier years "blev".
                            assertThat(c.tense()).as(where).isEqualTo(period.equals(latest) ? "er" : "blev");
                            assertJudged(s, g, goal, r, c, period, where);
                        }
                    }
                    if (c.kind() != CellKind.EMPTY) {
                        nonEmpty++;
                    }
                }
                assertThat(results).as("results of %s", id).hasSize(nonEmpty);
            }
        }
        assertThat(judged).isEqualTo(35);
    }

    private static void assertNoFigure(JsonNode r, String assessment, String where) {
        assertThat(r).as(where).isNotNull();
        assertThat(r.get("assessment").asString()).as(where).isEqualTo(assessment);
        assertThat(r.has("value")).as(where).isFalse();
    }

    private static void assertJudged(SourceInitiative s, SourceGoal g, JsonNode goal, JsonNode r, Cell c,
            String period, String where) {
        assertThat(r).as(where).isNotNull();
        String expected = c.achieved() ? "achieved" : "not_achieved";
        if (c.bracket() == null) {
            assertThat(r.has("value")).as(where).isFalse();
            assertThat(r.get("assessment").asString()).as(where).isEqualTo(expected);
            return;
        }
        Matcher plain = PLAIN_FIGURE.matcher(c.bracket());
        if (plain.matches()) {
            assertThat(r.get("value").decimalValue()).as(where).isEqualByComparingTo(danish(plain.group(1)));
            assertThat(r.has("display")).as(where).isFalse();
            if (plain.group(2) != null) {
                assertThat(goal.get("unit").asString()).as(where).isEqualTo("percent");
                assertThat(r.has("of")).as(where).isFalse();
            } else if (goal.get("unit").asString().equals("percent")) {
                // A share shown as a count ("Alle ..." / "heraf minimum halvdelen ..."): it is a share
                // of the participants that the initiative's first goal counts in the same year.
                JsonNode participants = byPeriod(initiative(s.number).get("goals").get(0).get("results"), period);
                assertThat(r.get("of").decimalValue()).as(where)
                        .isEqualByComparingTo(participants.get("value").decimalValue());
            }
        } else {
            assertThat(r.get("display").asString()).as(where).isEqualTo(c.bracket());
            Matcher share = SHARE.matcher(c.bracket());
            if (share.find()) {
                assertThat(r.get("value").decimalValue()).as(where).isEqualByComparingTo(share.group(1));
                assertThat(r.get("of").decimalValue()).as(where).isEqualByComparingTo(share.group(2));
            } else {
                // Words around the figures: the value is their total ("knap 1.400 borgere og knap 300
                // fagpersoner" = 1.700; a single figure is itself).
                BigDecimal sum = BigDecimal.ZERO;
                Matcher n = DANISH_NUMBER.matcher(c.bracket());
                while (n.find()) {
                    sum = sum.add(danish(n.group()));
                }
                assertThat(r.get("value").decimalValue()).as(where).isEqualByComparingTo(sum);
            }
        }
        String computed = computed(goal, r, period);
        if (r.has("assessment")) {
            assertThat(r.get("assessment").asString()).as(where).isEqualTo(expected);
        } else {
            assertThat(computed).as("computed assessment, " + where).isEqualTo(expected);
        }
        if (!computed.equals(expected)) {
            assertThat(r.has("reason")).as("a given judgement that differs from the figures needs a reason, " + where)
                    .isTrue();
        }
    }

    /** What Pejling computes: the value (as a share in percent where it has "of") against the target. */
    private static String computed(JsonNode goal, JsonNode r, String period) {
        BigDecimal value = r.get("value").decimalValue();
        if (r.has("of")) {
            value = value.multiply(new BigDecimal(100)).divide(r.get("of").decimalValue(), 4, RoundingMode.HALF_UP);
        }
        BigDecimal target = byPeriod(goal.get("targets"), period).get("value").decimalValue();
        assertThat(goal.get("direction").asString()).isEqualTo("at_least");
        return value.compareTo(target) >= 0 ? "achieved" : "not_achieved";
    }

    @Test
    void everyRemarkIsOnItsInitiativeForTheLatestYearWithItsParagraphsWhole() {
        String latest = statusYears.get(statusYears.size() - 1);
        Set<String> remarked = new HashSet<>();
        for (SourceRemark sr : remarks) {
            remarked.add(sr.number());
            JsonNode i = initiative(sr.number());
            String name = HEADING_VARIANTS.getOrDefault(sr.number(), i.get("title").asString());
            assertThat(sr.heading()).as("remark heading nr.%s", sr.number()).isEqualTo(name);
            JsonNode list = i.get("remarks");
            assertThat(list).as("remarks of %s", sr.number()).hasSize(1);
            JsonNode remark = list.get(0);
            assertThat(remark.get("period").asString()).isEqualTo(latest);
            String text = remark.get("text").asString();
            assertThat(text.split("\n\n")).hasSize(sr.paragraphs().size());
            assertThat(text.replace("\n\n", "")).as("remark nr.%s has no line breaks inside a paragraph", sr.number())
                    .doesNotContain("\n");
            assertThat(SeedSource.normalise(text)).as("remark nr.%s", sr.number())
                    .isEqualTo(corrected(String.join("\n\n", sr.paragraphs())));
        }
        assertThat(sorted(remarked)).containsExactly("1", "2", "3", "4", "7", "8");
        for (JsonNode i : plan().get("initiatives")) {
            if (!remarked.contains(i.get("number").asString())) {
                assertThat(i.has("remarks")).as("initiative %s has no remark in the source", i.get("number")).isFalse();
            }
        }
    }

    private static List<String> sorted(Set<String> numbers) {
        return numbers.stream().sorted().toList();
    }

    // ---------------------------------------------------------------- from the bundle to the source

    @Test
    void everyTextOfTheBundleComesFromTheSource() {
        String source = corrected(seed.source());
        // A display is the words in a status cell's brackets; the last row's cells are split
        // across a page (source lines 34-35), so they are compared with the parsed cells.
        Set<String> brackets = new HashSet<>();
        initiatives.forEach(i -> i.goals.forEach(g -> g.cells().values().forEach(c -> brackets.add(c.bracket()))));
        for (Map.Entry<String, String> e : seed.strings()) {
            String key = e.getKey().replaceAll("\\[\\d+]", "");
            key = key.substring(key.lastIndexOf('.') + 1);
            String text = SeedSource.normalise(e.getValue());
            if (key.equals("display")) {
                assertThat(brackets).as("display at %s", e.getKey()).contains(text);
            } else if (SOURCE_TEXT_KEYS.contains(key)) {
                assertThat(source.contains(text)).as("bundle text at %s is in the source: %s", e.getKey(), text)
                        .isTrue();
            } else {
                assertThat(OWN_KEYS).as("bundle string at %s is neither source text nor Pejling's own", e.getKey())
                        .contains(key);
            }
        }
    }

    @Test
    void everyCorrectionChangesTextThatIsInTheSourceAndInTheBundle() {
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            assertThat(seed.normalisedSource()).contains(c.getKey());
            assertThat(seed.bundleTextContains(c.getValue())).isTrue();
            assertThat(seed.bundleTextContains(c.getKey())).isFalse();
        }
    }
}
