package dk.pejling.bundle.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001, "Status: Beskæftigelsesaftale 2009, 3. kvartal": proves that the demo bundle
 * {@code kk-beskaeftigelsesaftale-2009} holds every theme, initiative, goal, target, status
 * narrative and figure of the source table, and nothing the source does not say.
 *
 * <p>The source is a tab-separated table: a theme row ({@code 1\tJobplan: …} or {@code 2 Styrket …})
 * followed by initiative rows {@code N.M\ttitle\tindsatsmål\tresultatmål\tstatus}. Cells may hold
 * {@code <p>} paragraphs and {@code <ol>} lists of {@code 1) … 2) …} items.
 */
class Seed001CoverageTest {

    private static final String SEED_FILE = "001_9086a9bc9dc8a332.txt";
    private static final String PLAN_ID = "kk-beskaeftigelsesaftale-2009";

    /** Source spelling -> corrected spelling; applied to the source before any comparison. */
    private static final Map<String, String> CORRECTIONS = new LinkedHashMap<>();

    static {
        // 3.2, Indsatsmål: the letters "us" were lost in extraction ("indslusning", as in 1.2's title).
        CORRECTIONS.put("praktikindslningsforløb", "praktikindslusningsforløb");
        // 3.1, Status: the cell's last characters were garbled: the word space, the "t" and the
        // closing quote of "plettet straffeattest" became "..".
        CORRECTIONS.put("\"plettestraffeattest..", "\"plettet straffeattest\".");
        // 1.7, title: the hyphen of a line break in the narrow cell was kept by extraction.
        CORRECTIONS.put("Kompetence-udvikling", "Kompetenceudvikling");
        // 2.3, Status: the same; the next paragraph spells it "funktionsindskrænkninger".
        CORRECTIONS.put("funktions-indskrænkning", "funktionsindskrænkning");
    }

    /**
     * Sentences of the Indsatsmål column that state two targets in one sentence. Pejling keeps one
     * target per goal and period, so the bundle holds one goal per figure, worded as two sentences.
     */
    private static final Map<String, List<String>> SPLITS = Map.of(
            // 1.9
            "Der oprettes 200 vejledningsforløb og 100 løntilskudspladser i 2009.",
            List.of("Der oprettes 200 vejledningsforløb i 2009.", "Der oprettes 100 løntilskudspladser i 2009."),
            // 1.10
            "Der gennemføres mindst 100 jobklub - forløb, hvoraf ca. 50 suppleres med udslusnings - / opfølgingsforløb.",
            List.of("Der gennemføres mindst 100 jobklub - forløb.",
                    "Heraf suppleres ca. 50 med udslusnings - / opfølgingsforløb."));

    /** Targets of activity goals whose figure the goal text does not state as one number. */
    private static final Map<String, BigDecimal> ACTIVITY_TARGETS_NOT_IN_TEXT = Map.of(
            // 1.4: "mindst to gange om ugen 40 uger om året" is 2 x 40 = 80 trips a year.
            "Jobbussen kører mindst to gange om ugen 40 uger om året.", new BigDecimal("80"),
            // 1.3: the status column says "Fuld udmøntning af puljen svarer til 400 partnerskabspraktikker i 2009."
            "Puljen til opkvalificering udmøntes inden udgangen af 2009.", new BigDecimal("400"));

    /** Numbers of the bundle that are computed from the source, not written in it. */
    private static final Set<BigDecimal> DERIVED_NUMBERS = Set.of(new BigDecimal("80"));

    /**
     * Targets of result goals (initiative -> "period=value"). The Resultatmål column mixes the plan
     * goal's figures (2.000, 500) with the initiative's own, so parsing can't tell them apart.
     */
    private static final Map<String, String> RESULT_GOAL_TARGETS = Map.of(
            // 1.2: "Partnerskaberne forventes på sigt at bringe ca. 700 ekstra personer i selvforsørgelse
            // årligt." "På sigt" is read as from 2010, when the status says all places run ("fra og med 2010").
            "1.2", "2010=700",
            // 3.1: "Det forventes, at fritidsjobbene bidrager til at yderligere 60-70 unge årligt afklares ..."
            "3.1", "2009=60",
            // 3.3: "... vil Københavns Kommune have bidraget med 20 pct. af målopfyldelsen", when 3.3's own
            // places reach 50 in 2011.
            "3.3", "2011=20");

    /**
     * The results read from the free-text status column, in bundle order: initiative, goal position
     * (1-based), period, value, forecast value, assessment. Figures are year-to-date at the end of
     * the third quarter ("2009-Q3"); forecasts are what the year is expected to bring.
     */
    private static final List<String> EXPECTED_RESULTS = List.of(
            "1.1 g1 2009-Q3 value=86 forecast=90 assessment=-", // "86 pct. ud af målgruppen ..."
            "1.2 g1 2009-Q3 value=- forecast=- assessment=pending", // "Arbejdet forløber planmæssigt med en mindre forsinkelse."
            "1.2 g2 2010 value=- forecast=1400 assessment=-", // "Det svarer til 1400 forløb årligt fra og med 2010."
            "1.3 g1 2009-Q3 value=211 forecast=311 assessment=-", // "gennemført i alt 211 forløb" / "forventes gennemført 311"
            "1.4 g1 2009-Q3 value=14 forecast=- assessment=-", // "været ude på 14 ture"
            "1.4 g2 2009-Q3 value=71 forecast=- assessment=-", // "med i alt 71 deltagere"
            "1.5 g1 2009-Q3 value=147 forecast=200 assessment=-", // "i alt 147 personer" / "henvises 200 borgere"
            "1.5 g2 2009-Q3 value=- forecast=- assessment=-", // outcome shares of the 43 completed courses
            "1.6 g1 2009-Q3 value=31 forecast=- assessment=-", // "Der er pt. 31. integrationsstillinger."
            "1.7 g1 2009-Q3 value=97 forecast=115 assessment=-", // "I alt har 97 medarbejdere" / "ca. 115"
            "1.7 g2 2009-Q3 value=8 forecast=- assessment=-", // "8 medarbejdere fra BIF har i 2009 deltaget"
            "1.7 g3 2009-Q3 value=- forecast=- assessment=not_started", // "Det er vurderingen, at der pt. ikke vil kunne samles ..."
            "1.9 g1 2009-Q3 value=170 forecast=200 assessment=-", // "170 vejledningsforløb" / "målsætningen på 200 forløb"
            "1.9 g2 2009-Q3 value=102 forecast=- assessment=-", // "indtil videre 102 løntilskudsforløb"
            "1.10 g1 2009-Q3 value=82 forecast=100 assessment=-", // "I alt er 82 borgere" / "mindst 100 forløb nås"
            "2.1 g1 2009-Q3 value=243 forecast=- assessment=-", // "i alt 243 forløb"
            "2.2 g2 2009-Q3 value=4 forecast=- assessment=-", // "Der er ansat 4 nye opsøgende jobkonsulenter"
            "2.2 g3 2009-Q3 value=- forecast=400 assessment=-", // "ca. 400 vejledninger inden året er omme"
            "2.3 g1 2009-Q3 value=97 forecast=- assessment=-", // "Der er pt. 97 sager"
            "2.3 g3 2009-Q3 value=- forecast=25 assessment=-", // "ca. 25 virksomheder ved udgangen af 2009"
            "2.4 g1 2009-Q3 value=25 forecast=40 assessment=-", // "igangsat 25 forløb og det vurderes at det samlede mål for 2009 nås"
            "3.1 g1 2009-Q3 value=75 forecast=- assessment=-", // "etableret 75 fritidsjob"
            "3.2 g1 2009-Q3 value=22 forecast=- assessment=-", // "tilvejebragt 22 forløb pr. 3. kvartal"
            "3.3 g1 2009-Q3 value=- forecast=- assessment=-", // "Børsen er færdigudviklet inden udgangen af 2009"
            "3.3 g2 2009-Q3 value=50 forecast=- assessment=-", // "en forøgelse med ca. 50 elever og lærlinge"
            "3.3 g2 2011 value=- forecast=- assessment=-", // "i 2011 er sket en forøgelse på yderligere godt 50"
            "3.4 g1 2009-Q3 value=56 forecast=- assessment=-"); // "Samlet set er 56 antal unge" / "I alt: 14 (56)"

    /** Keys whose strings are codes, references or metadata given with the plan, not source text. */
    private static final Set<String> NON_TEXT_KEYS = Set.of(
            "format", "id", "kind", "unit", "direction", "status", "contributesTo", "period", "asOf",
            "assessment", "number", "levels",
            // The owning committee is named by the plan's registration, not in the status table.
            "owner");

    private static final Pattern DANISH_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d+");
    private static final Pattern INITIATIVE_ROW = Pattern.compile("^(\\d+\\.\\d+)\\t");
    private static final Pattern THEME_ROW = Pattern.compile("^(\\d+)[\\t ]+(\\S.*?)\\s*$");

    record Row(String number, String title, String activity, String result, String status) {}

    record Theme(String number, String title, List<Row> rows) {}

    private static SeedSource seed;
    private static String corrected;
    private static List<Theme> themes;
    private static JsonNode plan;

    @BeforeAll
    static void load() {
        seed = SeedSource.of(SEED_FILE, PLAN_ID);
        String s = seed.source();
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            assertThat(s).as("correction source spelling %s", c.getKey()).contains(c.getKey());
            s = s.replace(c.getKey(), c.getValue());
        }
        corrected = s;
        themes = parse(corrected);
        plan = seed.bundle().get("plan");
    }

    // ---- parsing the source ----------------------------------------------------------------

    private static List<Theme> parse(String text) {
        List<String> lines = text.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Nr.\t")) {
                header = i;
                break;
            }
        }
        assertThat(header).as("table header").isNotNegative();
        List<String> columns = List.of(lines.get(header).split("\t", -1));
        int activity = columns.indexOf("Indsatsmål");
        int result = columns.indexOf("Resultatmål");
        int status = columns.indexOf("Status");
        assertThat(List.of(activity, result, status)).doesNotContain(-1);

        List<Theme> out = new ArrayList<>();
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            if (INITIATIVE_ROW.matcher(line).find()) {
                String[] cells = line.split("\t", -1);
                Row row = new Row(cells[0].trim(), clean(cells[1]), cells[activity], cells[result], cells[status]);
                assertThat(out).as("initiative %s before any theme", row.number()).isNotEmpty();
                out.get(out.size() - 1).rows().add(row);
                continue;
            }
            Matcher theme = THEME_ROW.matcher(line);
            assertThat(theme.find()).as("unparsed table line: %s", line).isTrue();
            out.add(new Theme(theme.group(1), clean(theme.group(2)), new ArrayList<>()));
        }
        return out;
    }

    /** Inline markup (italics) removed without a space, then {@link SeedSource#normalise}. */
    private static String clean(String cell) {
        return SeedSource.normalise(cell.replaceAll("</?i>", ""));
    }

    private static String normalisedSource() {
        return clean(corrected);
    }

    /** The goals the Indsatsmål column states: numbered list items, or else its sentences. */
    private static List<Map.Entry<String, String>> activityGoals(Row row) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (row.activity().contains("<ol")) {
            for (String item : listItems(row.activity())) {
                int paren = item.indexOf(')');
                out.add(Map.entry(item.substring(0, paren), item.substring(paren + 1).trim()));
            }
            return out;
        }
        for (String sentence : sentences(clean(row.activity()))) {
            for (String part : SPLITS.getOrDefault(sentence, List.of(sentence))) {
                out.add(Map.entry("", part));
            }
        }
        return out;
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=\\.)\\s+(?=[A-ZÆØÅ])"));
    }

    /** The items of an {@code <ol>} cell as "N) text". */
    private static List<String> listItems(String cell) {
        String text = clean(cell);
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("(?:^|\\s)(\\d+\\)\\s.*?)(?=\\s\\d+\\)\\s|$)").matcher(text);
        while (m.find()) {
            items.add(m.group(1).trim());
        }
        return items;
    }

    /**
     * The status cell as Pejling's report text: a paragraph per {@code <p>}, an {@code <ol>} as one
     * paragraph of "N) …" lines, paragraphs separated by a blank line.
     */
    private static String expectedReport(String status) {
        if (!status.contains("<p>") && !status.contains("<ol")) {
            return clean(status);
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("<p>(.*?)</p>|<ol[^>]*>(.*?)(?:</ol>|$)", Pattern.DOTALL)
                .matcher(status.replaceAll("</?i>", ""));
        while (m.find()) {
            blocks.add(m.group(1) != null ? clean(m.group(1)) : String.join("\n", listItems(m.group(2))));
        }
        return String.join("\n\n", blocks);
    }

    /** Figures in a goal text that are targets: not years, durations, match groups or references. */
    private static List<BigDecimal> targetFigures(String goalText) {
        String t = goalText.replaceAll("for \\d+\\.\\d+", " ")
                .replaceAll("matchgruppe \\d+-\\d+", " ")
                .replaceAll("\\d+ (måneders|moduler|uger)", " ")
                .replaceAll("(\\d+)-\\d+", "$1"); // a range "60-70": its lower bound is the target
        List<BigDecimal> out = new ArrayList<>();
        for (String n : tokensIn(t)) {
            if (!isYear(n)) {
                out.add(new BigDecimal(n.replace(".", "")));
            }
        }
        return out;
    }

    /** The year a goal text gives for its figure: the first year after it, else the plan's year 2009. */
    private static String yearAfter(String goalText, BigDecimal figure) {
        boolean seen = false;
        for (String n : tokensIn(goalText)) {
            if (seen && isYear(n)) {
                return n;
            }
            seen |= new BigDecimal(n.replace(".", "")).compareTo(figure) == 0;
        }
        return "2009";
    }

    /** The numbers of a text as written ("1.800", "2009"). */
    private static List<String> tokensIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DANISH_NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The numbers of a text as plain decimals ("1800", "2009"). */
    private static List<String> numbersIn(String text) {
        return tokensIn(text).stream().map(n -> new BigDecimal(n.replace(".", "")).toPlainString()).toList();
    }

    /** A year is written as four digits without a thousands point ("2009"; "2.000" is a count). */
    private static boolean isYear(String token) {
        return token.matches("20\\d\\d");
    }

    private static List<Row> allRows() {
        return themes.stream().flatMap(t -> t.rows().stream()).toList();
    }

    // ---- reading the bundle ----------------------------------------------------------------

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asString();
    }

    private static BigDecimal num(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static JsonNode initiative(String number) {
        for (JsonNode section : list(plan.get("sections"))) {
            for (JsonNode initiative : list(section.get("initiatives"))) {
                if (number.equals(str(initiative, "number"))) {
                    return initiative;
                }
            }
        }
        throw new AssertionError("no initiative " + number + " in the bundle");
    }

    private static List<JsonNode> goals(JsonNode initiative, String kind) {
        return list(initiative.get("goals")).stream().filter(g -> kind.equals(str(g, "kind"))).toList();
    }

    private static JsonNode planGoal(String id) {
        return list(plan.get("goals")).stream()
                .filter(g -> id.equals(str(g, "id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plan goal " + id));
    }

    private static boolean containsAllowingCapital(String haystack, String phrase) {
        String p = SeedSource.normalise(phrase);
        if (p.isEmpty()) {
            return true;
        }
        String lower = p.substring(0, 1).toLowerCase() + p.substring(1);
        String upper = p.substring(0, 1).toUpperCase() + p.substring(1);
        return haystack.contains(p) || haystack.contains(lower) || haystack.contains(upper);
    }

    // ---- from the source to the bundle -----------------------------------------------------

    @Test
    void holdsThePlanHeadingDocumentTitleAndUpdateDate() {
        List<String> lines = corrected.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertThat(str(plan.get("document"), "label")).isEqualTo(lines.get(0)); // "BILAG 1"
        assertThat(str(plan.get("document"), "title")).isEqualTo(lines.get(1));
        assertThat(str(plan, "id")).isEqualTo(PLAN_ID);
        assertThat(seed.bundle().get("format").asString()).isEqualTo("pejling-plan/1");
        assertThat(lines.get(1)).contains(str(plan, "title")); // "Beskæftigelsesaftale 2009"

        Matcher updated = Pattern.compile("Sidst opdateret: (\\d{2})\\.(\\d{2})\\.(\\d{2})").matcher(corrected);
        assertThat(updated.find()).isTrue();
        String asOf = "20" + updated.group(3) + "-" + updated.group(2) + "-" + updated.group(1);
        assertThat(str(plan, "asOf")).isEqualTo(asOf);
        for (JsonNode initiative : allInitiatives()) {
            assertThat(list(initiative.get("reports"))).allSatisfy(r -> assertThat(str(r, "asOf")).isEqualTo(asOf));
        }
    }

    @Test
    void holdsEveryThemeInOrderWithItsNumberAndTitle() {
        List<JsonNode> sections = list(plan.get("sections"));
        assertThat(themes).hasSize(3);
        assertThat(sections).hasSameSizeAs(themes);
        for (int i = 0; i < themes.size(); i++) {
            assertThat(str(sections.get(i), "number")).isEqualTo(themes.get(i).number());
            assertThat(str(sections.get(i), "title")).isEqualTo(themes.get(i).title());
        }
        assertThat(list(plan.get("levels")).stream().map(JsonNode::asString)).containsExactly("Tema");
    }

    @Test
    void holdsEveryInitiativeRowUnderItsThemeInOrder() {
        assertThat(themes.stream().map(t -> t.rows().size())).containsExactly(10, 4, 4);
        List<JsonNode> sections = list(plan.get("sections"));
        for (int i = 0; i < themes.size(); i++) {
            List<JsonNode> initiatives = list(sections.get(i).get("initiatives"));
            List<Row> rows = themes.get(i).rows();
            assertThat(initiatives).as("initiatives of theme %s", themes.get(i).number()).hasSameSizeAs(rows);
            for (int j = 0; j < rows.size(); j++) {
                assertThat(str(initiatives.get(j), "number")).isEqualTo(rows.get(j).number());
                assertThat(rows.get(j).number()).startsWith(themes.get(i).number() + ".");
                assertThat(str(initiatives.get(j), "title")).isEqualTo(rows.get(j).title());
            }
        }
        assertThat(allInitiatives()).hasSize(18);
    }

    @Test
    void holdsEachStatedActivityGoalAsItsOwnGoalInOrder() {
        int total = 0;
        for (Row row : allRows()) {
            List<Map.Entry<String, String>> expected = activityGoals(row);
            List<JsonNode> actual = goals(initiative(row.number()), "activity");
            assertThat(actual).as("activity goals of %s", row.number()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(SeedSource.normalise(actual.get(i).get("text").asString()))
                        .as("activity goal %d of %s", i + 1, row.number())
                        .isEqualTo(expected.get(i).getValue());
                String number = expected.get(i).getKey();
                assertThat(str(actual.get(i), "number")).as("number of goal %d of %s", i + 1, row.number())
                        .isEqualTo(number.isEmpty() ? null : number);
            }
            total += expected.size();
        }
        assertThat(total).isEqualTo(30);
    }

    @Test
    void givesEachActivityGoalTheFiguresOfItsTextAsTargets() {
        for (Row row : allRows()) {
            for (JsonNode goal : goals(initiative(row.number()), "activity")) {
                String text = goal.get("text").asString();
                List<BigDecimal> figures = ACTIVITY_TARGETS_NOT_IN_TEXT.containsKey(text)
                        ? List.of(ACTIVITY_TARGETS_NOT_IN_TEXT.get(text))
                        : targetFigures(text);
                List<JsonNode> targets = list(goal.get("targets"));
                assertThat(targets.stream().map(t -> num(t, "value")).toList())
                        .as("targets of %s: %s", row.number(), text)
                        .usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(figures);
                for (int i = 0; i < figures.size(); i++) {
                    assertThat(str(targets.get(i), "period")).as("period of target %s in %s", figures.get(i), text)
                            .startsWith(yearAfter(text, figures.get(i)));
                }
                String unit = str(goal, "unit");
                if (figures.isEmpty()) {
                    assertThat(unit).as("unit of %s", text).isEqualTo("qualitative");
                    assertThat(str(goal, "direction")).isEqualTo("none");
                } else {
                    assertThat(unit).as("unit of %s", text).isEqualTo(text.contains(" pct.") ? "percent" : "count");
                    assertThat(str(goal, "direction")).isEqualTo("at_least"); // "mindst", "i alt", a plain count
                }
            }
        }
        // 2.2: "Der ansættes 4 nye opsøgende jobkonsulenter senest i januar 2009." is a January deadline.
        assertThat(str(list(goals(initiative("2.2"), "activity").get(1).get("targets")).get(0), "period"))
                .isEqualTo("2009-01");
    }

    @Test
    void holdsTheResultColumnAsOneResultGoalOrNoneWhereItIsEmpty() {
        int withResult = 0;
        for (Row row : allRows()) {
            JsonNode initiative = initiative(row.number());
            List<JsonNode> results = goals(initiative, "result");
            String expected = clean(row.result());
            if (expected.isEmpty()) {
                assertThat(results).as("result goals of %s", row.number()).isEmpty();
                continue;
            }
            withResult++;
            assertThat(results).as("result goals of %s", row.number()).hasSize(1);
            JsonNode goal = results.get(0);
            assertThat(SeedSource.normalise(goal.get("text").asString())).isEqualTo(expected);
            List<JsonNode> all = list(initiative.get("goals"));
            assertThat(all.get(all.size() - 1)).as("result goal after the activity goals").isSameAs(goal);
            assertThat(str(goal, "contributesTo")).as("plan goal of %s", row.number())
                    .isEqualTo(namedPlanGoal(expected));

            String targets = list(goal.get("targets")).stream()
                    .map(t -> str(t, "period") + "=" + num(t, "value").toPlainString())
                    .collect(Collectors.joining(","));
            assertThat(targets).as("targets of result goal %s", row.number())
                    .isEqualTo(RESULT_GOAL_TARGETS.getOrDefault(row.number(), ""));
            String unit;
            if (!targets.isEmpty()) {
                // The figure's own words say its unit: "20 pct. af målopfyldelsen", "ca. 700 ekstra personer".
                unit = str(goal.get("targets").get(0), "text").contains("pct.") ? "percent" : "count";
            } else {
                // A plain contribution to a plan goal is judged by hand; 1.5 counts the long-term sick.
                unit = goal.has("contributesTo") ? "qualitative" : "count";
            }
            assertThat(str(goal, "unit")).as("unit of result goal %s", row.number()).isEqualTo(unit);
        }
        assertThat(withResult).isEqualTo(16);
        // 1.5 names no plan goal: "... forventes at nedbringe antallet af langtidssyge ..."
        assertThat(str(goals(initiative("1.5"), "result").get(0), "direction")).isEqualTo("decrease");
    }

    /** The plan goal a Resultatmål text names, by the words it names it with. */
    private static String namedPlanGoal(String resultText) {
        String phrase;
        if (resultText.contains("jobplanen")) {
            phrase = "2.000 ekstra personer årligt frem mod 2010";
        } else if (resultText.contains("elev- og praktikpladser")) {
            phrase = "yderligere 500 elev- og praktikpladser";
        } else if (resultText.contains("ungdomsuddannelse")) {
            phrase = "unge uden uddannelse skal i gang med en ungdomsuddannelse";
        } else {
            return null;
        }
        List<String> ids = list(plan.get("goals")).stream()
                .filter(g -> g.get("text").asString().contains(phrase))
                .map(g -> str(g, "id"))
                .toList();
        assertThat(ids).as("plan goals naming '%s'", phrase).hasSize(1);
        return ids.get(0);
    }

    @Test
    void holdsThePlanWideGoalsTheInitiativesContributeToWithTheirFigures() {
        Set<String> named = new TreeSet<>();
        for (Row row : allRows()) {
            String id = namedPlanGoal(clean(row.result()));
            if (id != null) {
                named.add(id);
            }
        }
        List<JsonNode> planGoals = list(plan.get("goals"));
        Set<String> planGoalIds = planGoals.stream().map(g -> str(g, "id")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(planGoalIds).isEqualTo(named);
        for (JsonNode goal : planGoals) {
            String text = goal.get("text").asString();
            assertThat(str(goal, "kind")).isEqualTo("result");
            assertThat(containsAllowingCapital(normalisedSource(), text)).as("plan goal in source: %s", text).isTrue();
            BigDecimal figure = targetFigures(text).get(0);
            List<JsonNode> targets = list(goal.get("targets"));
            boolean namesYear = tokensIn(text).stream().anyMatch(Seed001CoverageTest::isYear);
            if (!namesYear) {
                // "... skaffer yderligere 500 elev- og praktikpladser." names no year: no target.
                assertThat(targets).as("targets of %s", text).isEmpty();
                continue;
            }
            assertThat(targets).as("targets of %s", text).isNotEmpty();
            assertThat(targets).allSatisfy(t -> assertThat(num(t, "value")).isEqualByComparingTo(figure));
            assertThat(str(targets.get(targets.size() - 1), "period")).isEqualTo(yearAfter(text, figure));
        }
        // "ca. 2.000 ekstra personer årligt frem mod 2010": a yearly target for 2009 and 2010.
        assertThat(list(planGoal("plan-g1").get("targets")).stream().map(t -> str(t, "period")))
                .containsExactly("2009", "2010");
        // 1.3: "Initiativet skal også bidrage til opfylde resultatmålet for 1.2."
        assertThat(str(goals(initiative("1.3"), "activity").get(1), "contributesTo"))
                .isEqualTo(str(goals(initiative("1.2"), "result").get(0), "id"));
    }

    @Test
    void holdsTheWholeStatusCellAsTheQuarterReportWithItsParagraphsAndListItems() {
        Matcher title = Pattern.compile("(\\d{4}), (\\d)\\. kvartal").matcher(corrected);
        assertThat(title.find()).isTrue();
        String period = title.group(1) + "-Q" + title.group(2);
        for (Row row : allRows()) {
            List<JsonNode> reports = list(initiative(row.number()).get("reports"));
            assertThat(reports).as("reports of %s", row.number()).hasSize(1);
            assertThat(str(reports.get(0), "period")).isEqualTo(period);
            String text = reports.get(0).get("text").asString();
            String linesNormalised = text.lines().map(SeedSource::normalise).collect(Collectors.joining("\n"));
            assertThat(linesNormalised).as("report of %s", row.number()).isEqualTo(expectedReport(row.status()));
        }
        // 1.8's list items and 2.3's four paragraphs survive as lines and paragraphs.
        assertThat(initiative("1.8").get("reports").get(0).get("text").asString())
                .contains("\n1) Jobspor: ", "\n2) SMS-indkaldelse: ", "\n3) E-blanketter: ");
        assertThat(initiative("2.3").get("reports").get(0).get("text").asString().split("\n\n")).hasSize(4);
    }

    @Test
    void holdsTheStatusFiguresAsResultsOnTheGoalsTheyMeasure() {
        List<String> actual = new ArrayList<>();
        for (Row row : allRows()) {
            List<JsonNode> goals = list(initiative(row.number()).get("goals"));
            for (int i = 0; i < goals.size(); i++) {
                for (JsonNode result : list(goals.get(i).get("results"))) {
                    actual.add(row.number() + " g" + (i + 1) + " " + str(result, "period")
                            + " value=" + orDash(num(result, "value"))
                            + " forecast=" + orDash(num(result.get("forecast"), "value"))
                            + " assessment=" + Objects.requireNonNullElse(str(result, "assessment"), "-"));
                }
            }
        }
        assertThat(actual).containsExactlyElementsOf(EXPECTED_RESULTS);
    }

    private static String orDash(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }

    @Test
    void takesEveryResultTextFigureAndForecastFromItsOwnInitiativesStatus() {
        for (Row row : allRows()) {
            String status = clean(row.status());
            List<String> statusNumbers = numbersIn(status);
            for (JsonNode goal : list(initiative(row.number()).get("goals"))) {
                for (JsonNode result : list(goal.get("results"))) {
                    String text = str(result, "text");
                    if (text != null) {
                        assertThat(containsAllowingCapital(status, text)).as("%s result text: %s", row.number(), text)
                                .isTrue();
                    }
                    BigDecimal value = num(result, "value");
                    if (value != null) {
                        assertThat(numbersIn(text)).as("%s result %s in its text", row.number(), value)
                                .contains(value.toPlainString());
                        assertThat(statusNumbers).contains(value.toPlainString());
                    }
                    JsonNode forecast = result.get("forecast");
                    if (forecast != null) {
                        String ftext = str(forecast, "text");
                        assertThat(containsAllowingCapital(status, ftext)).as("%s forecast: %s", row.number(), ftext)
                                .isTrue();
                        BigDecimal fvalue = num(forecast, "value");
                        if (fvalue != null && !numbersIn(ftext).contains(fvalue.toPlainString())) {
                            // "det vurderes at det samlede mål for 2009 nås": the year's target is forecast.
                            assertThat(ftext).contains("mål for 2009 nås");
                            assertThat(num(list(goal.get("targets")).get(0), "value")).isEqualByComparingTo(fvalue);
                        }
                    }
                }
            }
        }
    }

    @Test
    void givesEveryForecastSentenceWithAFigureAForecastOnItsInitiative() {
        for (Row row : allRows()) {
            List<JsonNode> forecasts = list(initiative(row.number()).get("goals")).stream()
                    .flatMap(g -> list(g.get("results")).stream())
                    .map(r -> r.get("forecast"))
                    .filter(Objects::nonNull)
                    .toList();
            for (String sentence : sentences(clean(row.status()))) {
                List<String> figures = tokensIn(sentence).stream()
                        .filter(n -> !isYear(n))
                        .map(n -> n.replace(".", ""))
                        .toList();
                if (!sentence.contains("orvente") || figures.isEmpty()) {
                    continue;
                }
                assertThat(forecasts).as("%s: forecast for '%s'", row.number(), sentence).anySatisfy(f -> {
                    assertThat(containsAllowingCapital(sentence, f.get("text").asString())
                            || containsAllowingCapital(f.get("text").asString(), sentence)).isTrue();
                    assertThat(figures).contains(num(f, "value").toPlainString());
                });
            }
        }
    }

    @Test
    void splitsTheCriminalityProjectsPlacementsByKindForTheYearAndKeepsTheQuarterFigures() {
        Row row = allRows().stream().filter(r -> r.number().equals("3.4")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("([A-ZÆØÅ][a-zæøå]*(?: [a-zæøå]+)*): (\\d+) \\((\\d+)\\)").matcher(clean(row.status()));
        Map<String, int[]> figures = new LinkedHashMap<>();
        while (m.find()) {
            figures.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        int[] total = figures.remove("I alt");
        assertThat(total).isNotNull();
        assertThat(figures).hasSize(4);
        assertThat(figures.values().stream().mapToInt(f -> f[0]).sum()).isEqualTo(total[0]); // 14 this quarter
        assertThat(figures.values().stream().mapToInt(f -> f[1]).sum()).isEqualTo(total[1]); // 56 this year

        JsonNode result = goals(initiative("3.4"), "activity").get(0).get("results").get(0);
        assertThat(num(result, "value")).isEqualByComparingTo(BigDecimal.valueOf(total[1]));
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        result.get("breakdown").properties().forEach(e -> breakdown.put(e.getKey(), e.getValue().decimalValue()));
        assertThat(breakdown.keySet()).containsExactlyElementsOf(figures.keySet());
        figures.forEach((k, f) -> {
            assertThat(breakdown.get(k)).isEqualByComparingTo(BigDecimal.valueOf(f[1]));
            assertThat(SeedSource.normalise(result.get("text").asString()))
                    .contains(k + ": " + f[0] + " (" + f[1] + ")");
        });
        assertThat(SeedSource.normalise(result.get("text").asString()))
                .contains("I alt: " + total[0] + " (" + total[1] + ")");
    }

    @Test
    void keepsEveryBreakdownInTheSourcesOrderAndSummingToItsWhole() {
        for (Row row : allRows()) {
            String status = clean(row.status());
            for (JsonNode goal : list(initiative(row.number()).get("goals"))) {
                for (JsonNode result : list(goal.get("results"))) {
                    JsonNode breakdown = result.get("breakdown");
                    if (breakdown == null) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    int last = -1;
                    for (Map.Entry<String, JsonNode> e : breakdown.properties()) {
                        int at = status.indexOf(e.getKey(), last + 1);
                        assertThat(at).as("%s breakdown key '%s' in source order", row.number(), e.getKey())
                                .isGreaterThan(last);
                        last = at;
                        assertThat(numbersIn(status)).contains(e.getValue().decimalValue().toPlainString());
                        sum = sum.add(e.getValue().decimalValue());
                    }
                    // Without a value the breakdown is the source's shares in pct. (1.5: of 43 completed courses).
                    BigDecimal whole = Objects.requireNonNullElse(num(result, "value"), new BigDecimal("100"));
                    assertThat(sum).as("%s breakdown sum", row.number()).isEqualByComparingTo(whole);
                }
            }
        }
    }

    // ---- from the bundle to the source -----------------------------------------------------

    @Test
    void takesEveryTextOfTheBundleFromTheSource() {
        String source = normalisedSource();
        Set<String> splitParts = SPLITS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> e : seed.strings()) {
            String key = e.getKey().replaceAll("\\[\\d+]", "");
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (NON_TEXT_KEYS.contains(last)) {
                continue;
            }
            checked++;
            if (!containsAllowingCapital(source, e.getValue()) && !splitParts.contains(e.getValue())) {
                missing.add(e.getKey() + ": " + e.getValue());
            }
        }
        for (String key : breakdownKeys(seed.bundle())) {
            checked++;
            if (!source.contains(key)) {
                missing.add("breakdown key: " + key);
            }
        }
        assertThat(missing).isEmpty();
        // At least every section and initiative title, goal text and report was compared.
        assertThat(checked).isGreaterThanOrEqualTo(3 + 18 + 3 + 46 + 18);
    }

    private static List<String> breakdownKeys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("breakdown")) {
                    e.getValue().properties().forEach(k -> out.add(k.getKey()));
                } else {
                    out.addAll(breakdownKeys(e.getValue()));
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(breakdownKeys(n)));
        }
        return out;
    }

    @Test
    void takesEveryNumberOfTheBundleFromTheSource() {
        Set<BigDecimal> source = numbersIn(normalisedSource()).stream()
                .map(BigDecimal::new)
                .collect(Collectors.toCollection(() -> new TreeSet<>(BigDecimal::compareTo)));
        source.addAll(DERIVED_NUMBERS);
        assertThat(seed.numbers()).allSatisfy(e -> assertThat(source).as(e.getKey()).contains(e.getValue()));
    }

    @Test
    void appliesEachCorrectionWhereTheBundleUsesIt() {
        for (String fixed : CORRECTIONS.values()) {
            String word = fixed.replaceAll("[\".]", "");
            assertThat(seed.bundleTextContains(word)).as("correction %s used", word).isTrue();
        }
        for (String damaged : CORRECTIONS.keySet()) {
            assertThat(seed.bundleTextContains(damaged)).as("damaged spelling %s left", damaged).isFalse();
        }
    }

    @Test
    void countsGoalsPerInitiativeAsTheSourceStatesThem() {
        int total = 0;
        for (Row row : allRows()) {
            int expected = activityGoals(row).size() + (clean(row.result()).isEmpty() ? 0 : 1);
            assertThat(list(initiative(row.number()).get("goals"))).as("goals of %s", row.number()).hasSize(expected);
            total += expected;
        }
        assertThat(total).isEqualTo(46);
        Set<String> ids = new TreeSet<>();
        allInitiatives().forEach(i -> list(i.get("goals")).forEach(g -> assertThat(ids.add(str(g, "id"))).isTrue()));
        list(plan.get("goals")).forEach(g -> assertThat(ids.add(str(g, "id"))).isTrue());
        assertThat(ids).allMatch(id -> id.matches("^[a-z0-9][a-z0-9-]*$"));
    }

    private static List<JsonNode> allInitiatives() {
        return list(plan.get("sections")).stream().flatMap(s -> list(s.get("initiatives")).stream()).toList();
    }
}
