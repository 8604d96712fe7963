package dk.pejling.bundle.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue "Bilag 1: Bruttokatalog over mulige fokusområder i Integrationshandleplanen" (seed 002)
 * against its bundle. The source is OCR'd: Danish letters come out as {@code a}, {@code e}, {@code &},
 * {@code g}, {@code p}, {@code d} … and {@code i} as {@code 1}. A bundle text (correct Danish) matches the
 * source where the source reads the same letter for letter, each æ, ø, å and i of the bundle standing for
 * the forms the OCR gave that letter (see {@link #ocrPattern}); what that cannot bridge is in
 * {@link #CORRECTIONS}. Matching is of whole passages: a dropped or replaced sentence fails.
 */
class Seed002CoverageTest {

    private static final String SEED_FILE = "002_bf6ed4a4fc2a1b54.txt";
    private static final String PLAN_ID = "kk-bruttokatalog-integrationshandleplan-2019-22";

    /** Source spelling -> corrected spelling, applied to the raw source before parsing and comparing. */
    private static final Map<String, String> CORRECTIONS = new LinkedHashMap<>();

    static {
        // The evidence star of "*Anonymiseret rekruttering" was read as ">k".
        CORRECTIONS.put(">kAnonymiseret", "*Anonymiseret");
        // The genitive s of the city's name is missing: "Kgbenhavn Kommunes forvaltninger".
        CORRECTIONS.put("Kgbenhavn Kommunes", "Københavns Kommunes");
        // f read as t: "Familiementorerne atholder", "målrettet at athjelpe".
        CORRECTIONS.put("atholder", "afholder");
        CORRECTIONS.put("athjelpe", "afhjælpe");
        // A capital Ø read as "(A", and the definite form after "Øget" a slip: "(Aget samarbejdet mellem".
        CORRECTIONS.put("(Aget samarbejdet", "Øget samarbejde");
        // "læge" read as "1 ": the overview's "med indledende 1 gefaglig afklaring" (table 1: "lzegefaglig").
        CORRECTIONS.put("indledende 1 gefaglig", "indledende lægefaglig");
        // A capital Æ read as "/": the heading "Fokusomrade: /ldre".
        CORRECTIONS.put("/ldre", "Ældre");
        // A doubled j at a line start: "Jjobkonsulenterne".
        CORRECTIONS.put("Jjobkonsulenterne", "jobkonsulenterne");
        // i read as e: "et feelles anleggende" is "et fælles anliggende".
        CORRECTIONS.put("anleggende", "anliggende");
        // A list of professions ("som larer, peedagoger, …"): the plural "lærere".
        CORRECTIONS.put("som larer,", "som lærere,");
    }

    /**
     * Lines of the overview ("Tabellen nedenfor viser en oversigt …") that disagree with the detailed
     * tables; the bundle follows the detailed tables. Overview line -> the detailed table's title.
     */
    private static final Map<String, String> OVERVIEW_DEVIATIONS = Map.of(
            // The overview lists it in the plural and without a star; table 1 has "*Barselsgruppe …"
            // with an "Effekt (*)" paragraph.
            "Barselsgrupper med fokus pa job og uddannelse", "Barselsgruppe med fokus på job og uddannelse",
            // The overview says "arbejdsmarkedet"; table 2's heading and text are about the housing market.
            "Styrket ligebehandling pa arbejdsmarkedet", "Styrket ligebehandling på boligmarkedet");

    /** Headings of plan.texts: the source's introduction has none, Pejling's passages are titled. */
    private static final Set<String> ADDED_HEADINGS =
            Set.of("Indledning", "Stjernemarkering", "Finansieringsbehov", "Oversigt");

    /**
     * Numbers in a "Målgruppe og finansieringsbehov" line that are not counts or amounts, and so are
     * text only in the bundle.
     */
    private static final List<String> NUMBERS_AS_TEXT = List.of(
            "mellem 15-24 år"); // the ages of the young people in "200 unge mellem 15-24 år" (Fritidsjob)

    /** Keys whose string values are codes or references, not source text. */
    private static final Set<String> CODE_KEYS =
            Set.of("format", "id", "status", "rule", "goal", "direction", "kind", "number");

    private static SeedSource seed;
    private static String corrected;
    private static Catalogue source;

    @BeforeAll
    static void load() {
        seed = SeedSource.of(SEED_FILE, PLAN_ID);
        String text = seed.source();
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            text = text.replace(c.getKey(), c.getValue());
        }
        corrected = text;
        source = Catalogue.parse(corrected);
    }

    // ------------------------------------------------------------------ from the source

    @Test
    void everyCorrectionIsNeededBecauseItsSpellingOccursInTheSource() {
        for (String wrong : CORRECTIONS.keySet()) {
            assertThat(seed.source()).as("correction %s", wrong).contains(wrong);
        }
    }

    @Test
    void theSourceParsesIntoThreePejlemaerkerNineFocusAreasAndTwentySevenInitiatives() {
        // Guards the parser itself: these counts are what the document shows.
        assertThat(source.introTitles).hasSize(3);
        assertThat(source.overview).hasSize(3);
        assertThat(source.tables).hasSize(3);
        assertThat(source.tables.stream().mapToInt(t -> t.areas.size()).sum()).isEqualTo(9);
        assertThat(source.tables.stream().flatMap(t -> t.areas.stream()).mapToInt(a -> a.initiatives.size()).sum())
                .isEqualTo(27);
    }

    @Test
    void documentHeadingAndPlanTitleComeFromTheSourceHeading() {
        JsonNode plan = plan();
        assertMatches(plan.get("document").get("title").asString(), source.heading, "document.title");
        assertThat(find(plan.get("title").asString(), source.heading)).as("plan title").isTrue();
        assertThat(plan.get("status").asString()).isEqualTo("draft");
        assertThat(plan.get("period").get("start").intValue()).isEqualTo(2019);
        assertThat(plan.get("period").get("end").intValue()).isEqualTo(2022);
    }

    @Test
    void theIntroductionIsTheWholeTextBeforeTheOverview() {
        JsonNode texts = plan().get("texts");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            all.append(texts.get(i).get("text").asString()).append(' ');
        }
        assertMatches(all.toString().trim(), source.intro, "plan.texts");
    }

    @Test
    void pejlemaerkerAreNumberedAndTitledAsInTheIntroductionTheOverviewAndTheTableCaptions() {
        JsonNode sections = plan().get("sections");
        assertThat(sections.size()).isEqualTo(source.introTitles.size());
        for (int i = 0; i < sections.size(); i++) {
            JsonNode pm = sections.get(i);
            String title = pm.get("title").asString();
            assertThat(pm.get("number").asString()).isEqualTo(String.valueOf(i + 1));
            assertMatches(title, source.introTitles.get(i), "introduction item " + (i + 1));
            assertThat(source.overview.get(i).number).isEqualTo(String.valueOf(i + 1));
            assertMatches(title, source.overview.get(i).title, "overview Pejlemærke " + (i + 1));
            assertThat(source.tables.get(i).number).isEqualTo(String.valueOf(i + 1));
            assertMatches(title, source.tables.get(i).caption, "caption of table " + (i + 1));
        }
    }

    @Test
    void focusAreasFollowTheOverviewAndTheTablesWithTheOverviewsNumbersAndTheTablesPurposes() {
        JsonNode sections = plan().get("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode areas = sections.get(i).get("sections");
            List<Area> overview = source.overview.get(i).areas;
            List<Area> table = source.tables.get(i).areas;
            assertThat(areas.size()).as("focus areas of pejlemærke %d", i + 1)
                    .isEqualTo(overview.size()).isEqualTo(table.size());
            for (int j = 0; j < areas.size(); j++) {
                JsonNode area = areas.get(j);
                String where = "pejlemærke " + (i + 1) + ", focus area " + (j + 1);
                assertMatches(area.get("title").asString(), overview.get(j).title, where + " (overview)");
                assertMatches(area.get("title").asString(), table.get(j).title, where + " (table)");
                assertThat(str(area, "number")).as(where + " number").isEqualTo(overview.get(j).number);
                assertMatches(area.get("text").asString(), table.get(j).purpose, where + " purpose");
            }
        }
    }

    @Test
    void initiativesOfEachFocusAreaFollowTheOverviewWithItsStars() {
        int deviations = 0;
        JsonNode sections = plan().get("sections");
        for (int i = 0; i < sections.size(); i++) {
            for (int j = 0; j < sections.get(i).get("sections").size(); j++) {
                JsonNode initiatives = sections.get(i).get("sections").get(j).get("initiatives");
                List<Item> lines = source.overview.get(i).areas.get(j).initiatives;
                assertThat(initiatives.size()).as("initiatives in overview %d.%d", i + 1, j + 1)
                        .isEqualTo(lines.size());
                for (int k = 0; k < lines.size(); k++) {
                    JsonNode initiative = initiatives.get(k);
                    String title = initiative.get("title").asString();
                    Item line = lines.get(k);
                    String deviation = OVERVIEW_DEVIATIONS.get(line.title);
                    if (deviation != null) {
                        deviations++;
                        assertThat(matches(title, line.title)).as("still a deviation: " + line.title).isFalse();
                        assertThat(title).isEqualTo(deviation);
                        continue;
                    }
                    assertMatches(title, line.title, "overview line " + line.title);
                    assertThat(initiative.get("evidenceBased").booleanValue()).as("star of " + title)
                            .isEqualTo(line.starred);
                }
            }
        }
        assertThat(deviations).isEqualTo(OVERVIEW_DEVIATIONS.size());
    }

    @Test
    void everyInitiativeOfTheTablesIsInTheBundleWithTitleStarDescriptionInspirationEffectAndFinancing() {
        JsonNode sections = plan().get("sections");
        int count = 0;
        for (int i = 0; i < sections.size(); i++) {
            for (int j = 0; j < sections.get(i).get("sections").size(); j++) {
                JsonNode initiatives = sections.get(i).get("sections").get(j).get("initiatives");
                List<Item> items = source.tables.get(i).areas.get(j).initiatives;
                assertThat(initiatives.size()).isEqualTo(items.size());
                for (int k = 0; k < items.size(); k++, count++) {
                    JsonNode in = initiatives.get(k);
                    Item item = items.get(k);
                    String where = item.title;
                    assertMatches(in.get("title").asString(), item.title, where + " title");
                    assertThat(in.get("evidenceBased").booleanValue()).as(where + " star").isEqualTo(item.starred);
                    assertThat(in.get("status").asString()).isEqualTo("proposed");
                    StringBuilder description = new StringBuilder(in.get("text").asString());
                    JsonNode texts = in.get("texts");
                    for (int t = 0; texts != null && t < texts.size(); t++) {
                        description.append(' ').append(texts.get(t).get("heading").asString())
                                .append(' ').append(texts.get(t).get("text").asString());
                    }
                    assertMatches(description.toString(), item.description, where + " description");
                    assertMatches(in.get("inspiration").asString(), item.inspiration, where + " inspiration");
                    assertOptional(in, "effect", item.effect, where);
                    if (item.financing == null) {
                        assertThat(in.get("financing")).as(where + " financing").isNull();
                        assertThat(in.get("targetGroup")).as(where + " target group").isNull();
                    } else {
                        assertMatches(in.get("financing").get("text").asString(), item.financing, where + " financing");
                    }
                }
            }
        }
        assertThat(count).isEqualTo(27);
    }

    @Test
    void everyAmountCountAndYearOfAFinancingLineIsANumberOfItsInitiative() {
        Pattern yearRange = Pattern.compile("(20\\d\\d)-(20\\d\\d)");
        Pattern number = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(\\s*mio\\.)?(\\s*kr\\.)?");
        List<JsonNode> initiatives = bundleInitiatives();
        List<Item> items = source.items();
        int checked = 0;
        int lines = 0;
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (item.financing == null) {
                continue;
            }
            lines++;
            JsonNode in = initiatives.get(k);
            List<BigDecimal> numbers = new ArrayList<>();
            collectNumbers(in, numbers);
            String line = SeedSource.normalise(item.financing);
            for (String text : NUMBERS_AS_TEXT) {
                line = ocrPattern(text).matcher(line).replaceAll(" ");
            }
            Set<Integer> years = new TreeSet<>();
            Matcher ym = yearRange.matcher(line);
            while (ym.find()) {
                for (int y = Integer.parseInt(ym.group(1)); y <= Integer.parseInt(ym.group(2)); y++) {
                    years.add(y);
                }
            }
            line = yearRange.matcher(line).replaceAll(" ");
            List<BigDecimal> amounts = new ArrayList<>();
            BigDecimal firstCount = null;
            Matcher m = number.matcher(line);
            while (m.find()) {
                BigDecimal value = new BigDecimal(m.group(1).replace(".", "")
                        + (m.group(2) == null ? "" : "." + m.group(2)));
                boolean isYear = m.group(2) == null && m.group(1).matches("20\\d\\d");
                if (m.group(3) != null) {
                    value = value.multiply(BigDecimal.valueOf(1_000_000));
                }
                if (isYear) {
                    years.add(value.intValue());
                } else if (m.group(3) != null || m.group(4) != null) {
                    amounts.add(value);
                } else if (firstCount == null) {
                    firstCount = value;
                }
                BigDecimal expected = value;
                assertThat(numbers).as("%s: %s in \"%s\"", item.title, m.group(), line)
                        .anySatisfy(n -> assertThat(n).isEqualByComparingTo(expected));
                checked++;
            }
            JsonNode financing = in.get("financing");
            JsonNode perYear = financing.get("amountPerYear");
            if (amounts.isEmpty()) {
                assertThat(perYear).as(item.title + " has no amount").isNull();
            } else {
                assertThat(amounts).as(item.title + " amountPerYear")
                        .anySatisfy(a -> assertThat(a).isEqualByComparingTo(perYear.decimalValue()));
            }
            Set<Integer> bundleYears = new TreeSet<>();
            JsonNode phased = financing.get("years");
            for (int y = 0; phased != null && y < phased.size(); y++) {
                bundleYears.add(phased.get(y).get("year").intValue());
                BigDecimal amount = phased.get(y).get("amount").decimalValue();
                assertThat(amounts).as(item.title + " amount of a year")
                        .anySatisfy(a -> assertThat(a).isEqualByComparingTo(amount));
            }
            assertThat(bundleYears).as(item.title + " phased years").isEqualTo(years);
            JsonNode group = in.get("targetGroup");
            if (group != null) {
                assertThat(find(group.get("text").asString(), item.financing)).as(item.title + " target group text")
                        .isTrue();
                assertThat(group.get("size").decimalValue()).as(item.title + " target group size")
                        .isEqualByComparingTo(firstCount);
                assertThat(financing.get("targetGroupSize").decimalValue()).isEqualByComparingTo(firstCount);
                assertThat(financing.get("scalesWithTargetGroup").booleanValue()).isTrue();
            }
        }
        // 26 of the 27 initiatives have a "Målgruppe og finansieringsbehov" line (not "Virksomhedsindsats til
        // bekæmpelse af ubevidst diskrimination"); together they state 61 numbers besides the year ranges.
        assertThat(lines).isEqualTo(26);
        assertThat(checked).isEqualTo(61);
    }

    @Test
    void payForResultsTermsBecomeTermsAndAResultGoalThePaymentFollows() {
        Pattern terms = Pattern.compile(
                "S\\S{1,2}fremt ((\\d+) .+?) betales (\\d+)(?:,(\\d+))? mio\\. kr\\.", Pattern.CASE_INSENSITIVE);
        List<JsonNode> initiatives = bundleInitiatives();
        List<Item> items = source.items();
        int found = 0;
        for (int k = 0; k < items.size(); k++) {
            JsonNode in = initiatives.get(k);
            Matcher m = items.get(k).financing == null ? null
                    : terms.matcher(SeedSource.normalise(items.get(k).financing));
            if (m == null || !m.find()) {
                assertThat(in.get("payForResults")).as(items.get(k).title).isNull();
                continue;
            }
            found++;
            JsonNode pay = in.get("payForResults");
            assertMatches(pay.get("text").asString(), items.get(k).financing, "payForResults.text");
            assertThat(pay.get("rule").asString()).isEqualTo("all_or_nothing");
            assertThat(pay.get("threshold").decimalValue()).isEqualByComparingTo(new BigDecimal(m.group(2)));
            BigDecimal amount = new BigDecimal(m.group(3) + (m.group(4) == null ? "" : "." + m.group(4)))
                    .multiply(BigDecimal.valueOf(1_000_000));
            assertThat(pay.get("amount").decimalValue()).isEqualByComparingTo(amount);
            JsonNode goal = null;
            for (int g = 0; g < in.get("goals").size(); g++) {
                if (in.get("goals").get(g).get("id").asString().equals(pay.get("goal").asString())) {
                    goal = in.get("goals").get(g);
                }
            }
            assertThat(goal).as("the goal named by payForResults").isNotNull();
            assertMatches(goal.get("text").asString(), m.group(1), "pay-for-results goal");
            assertThat(goal.get("kind").asString()).isEqualTo("result");
            assertThat(goal.get("unit").asString()).isEqualTo("count");
            assertThat(goal.get("direction").asString()).isEqualTo("at_least");
            assertThat(goal.get("targets").get(0).get("value").decimalValue())
                    .isEqualByComparingTo(new BigDecimal(m.group(2)));
        }
        assertThat(found).isEqualTo(1);
        int goals = 0;
        for (JsonNode in : initiatives) {
            goals += in.get("goals") == null ? 0 : in.get("goals").size();
        }
        assertThat(goals).as("goals in the bundle: one per pay-for-results term").isEqualTo(found);
    }

    // ------------------------------------------------------------------ from the bundle

    @Test
    void everyTextOfTheBundleIsInTheSource() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> e : seed.strings()) {
            String path = e.getKey();
            String key = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            if (CODE_KEYS.contains(key) || path.matches(".*goals\\[\\d+]\\.unit")) {
                continue;
            }
            if (path.matches("plan\\.texts\\[\\d+]\\.heading")) {
                assertThat(ADDED_HEADINGS).contains(e.getValue());
                continue;
            }
            checked++;
            if (!find(e.getValue(), corrected)) {
                missing.add(path + ": " + e.getValue());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> ids = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, String> e : seed.strings()) {
            if (e.getKey().endsWith(".id") && !e.getKey().equals("plan.id")) {
                all.add(e.getValue());
                ids.add(e.getValue());
            }
        }
        assertThat(all).hasSize(ids.size()).allMatch(id -> id.matches("[a-z0-9][a-z0-9-]*"));
        assertThat(plan().get("id").asString()).isEqualTo(PLAN_ID);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode plan() {
        return seed.bundle().get("plan");
    }

    private static List<JsonNode> bundleInitiatives() {
        List<JsonNode> out = new ArrayList<>();
        JsonNode sections = plan().get("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode areas = sections.get(i).get("sections");
            for (int j = 0; j < areas.size(); j++) {
                JsonNode initiatives = areas.get(j).get("initiatives");
                for (int k = 0; k < initiatives.size(); k++) {
                    out.add(initiatives.get(k));
                }
            }
        }
        return out;
    }

    private static void collectNumbers(JsonNode node, List<BigDecimal> out) {
        if (node.isNumber()) {
            out.add(node.decimalValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectNumbers(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNumbers(node.get(i), out);
            }
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null ? null : n.asString();
    }

    private static void assertOptional(JsonNode node, String field, String sourceText, String where) {
        if (sourceText == null) {
            assertThat(node.get(field)).as(where + " " + field).isNull();
        } else {
            assertThat(node.get(field)).as(where + " " + field).isNotNull();
            assertMatches(node.get(field).asString(), sourceText, where + " " + field);
        }
    }

    private static void assertMatches(String bundleText, String sourceText, String where) {
        assertThat(matches(bundleText, sourceText))
                .as("%s:%n bundle: %s%n source: %s", where, bundleText, SeedSource.normalise(sourceText))
                .isTrue();
    }

    /** The whole source passage reads as the bundle text. */
    private static boolean matches(String bundleText, String sourceText) {
        return ocrPattern(bundleText).matcher(SeedSource.normalise(sourceText)).matches();
    }

    /** The bundle text is somewhere in the source passage. */
    private static boolean find(String bundleText, String sourceText) {
        return ocrPattern(bundleText).matcher(SeedSource.normalise(sourceText)).find();
    }

    /**
     * The bundle text as a pattern for the OCR'd source: letters must agree (ignoring case) except that
     * æ, ø, å and i may appear as the OCR read them; a space may be missing (`mio.kr.`), a hyphen may
     * be followed by the space of a line break (`IPS- konsulent`), and a quotation mark may be any mark
     * or none (`~Perspektiv”’`).
     */
    static Pattern ocrPattern(String bundleText) {
        String s = SeedSource.normalise(bundleText).toLowerCase(Locale.ROOT);
        StringBuilder re = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case 'æ' -> re.append("(?:ae|ea|eae|ee|ze|za|ce|cee|&e|[aeæ&@z®])");
                case 'ø' -> re.append("(?:g@|[øogpse])");
                case 'å' -> re.append("(?:da|[aåd])");
                case 'i' -> re.append("[i1]");
                case ' ' -> re.append("\\s*");
                case '-' -> re.append("\\s?-\\s?");
                case '"', '\'' -> re.append("\\s*[^\\p{L}\\p{N}\\s]{0,2}");
                default -> re.append(Pattern.quote(new String(Character.toChars(c))));
            }
        });
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // ------------------------------------------------------------------ the source's structure

    /** One line of the overview, or one initiative of a detailed table. */
    static final class Item {
        String title;
        boolean starred;
        String description;
        String inspiration;
        String effect;
        String financing;
    }

    static final class Area {
        String number;
        String title;
        String purpose;
        final List<Item> initiatives = new ArrayList<>();
    }

    static final class Mark {
        String number;
        String title;
        String caption;
        final List<Area> areas = new ArrayList<>();
    }

    /** The catalogue as the source shows it: heading, introduction, overview, and tables 1-3. */
    static final class Catalogue {
        String heading;
        String intro;
        final List<String> introTitles = new ArrayList<>();
        final List<Mark> overview = new ArrayList<>();
        final List<Mark> tables = new ArrayList<>();

        private static final Pattern PEJLEMAERKE = Pattern.compile("^Pejlem\\S*rke (\\d): (.*)$");
        private static final Pattern AREA = Pattern.compile("^Fokusomr\\S*de(?: (\\d+))?: (.*)$");
        private static final Pattern TABLE = Pattern.compile("^Tabel (\\d)[.:] .*pejlem\\S*rke (\\d) \u2014\\s*(.*)$");
        private static final Pattern FINANCING = Pattern.compile("^M\\S{1,2}lgruppe og finansiering(?:sbehov)?:\\s*(.*)$");
        private static final Pattern PARAGRAPH = Pattern.compile("^(Inspiration:|Effekt \\(\\*\\):|M\\S{1,2}lgruppe og finansiering).*");
        private static final Pattern LABEL = Pattern.compile("^(Inspiration:|Effekt \\(\\*\\):|M\\S{1,2}lgruppe og finansiering|Fokusomr|Tabel ).*");

        List<Item> items() {
            List<Item> out = new ArrayList<>();
            tables.forEach(t -> t.areas.forEach(a -> out.addAll(a.initiatives)));
            return out;
        }

        static Catalogue parse(String text) {
            Catalogue c = new Catalogue();
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (lines[i].isBlank()) {
                i++;
            }
            c.heading = lines[i++].trim();
            // Introduction: up to and including the line that announces the overview.
            StringBuilder intro = new StringBuilder();
            String lastItem = null;
            for (; !lines[i].trim().startsWith("Tabellen nedenfor"); i++) {
                String t = lines[i].trim();
                intro.append(t).append('\n');
                Matcher item = Pattern.compile("^(\\d)\\. (.*)$").matcher(t);
                if (item.matches()) {
                    c.introTitles.add(item.group(2));
                    lastItem = item.group(2);
                } else if (lastItem != null && !t.isEmpty()) {
                    c.introTitles.set(c.introTitles.size() - 1, c.introTitles.get(c.introTitles.size() - 1) + " " + t);
                } else {
                    lastItem = null;
                }
            }
            c.intro = intro.append(lines[i++].trim()).toString();
            // Overview: up to the first table caption.
            Mark mark = null;
            Area area = null;
            for (; !lines[i].trim().startsWith("Tabel 1"); i++) {
                String t = lines[i].trim();
                if (t.isEmpty()) {
                    continue;
                }
                Matcher pm = PEJLEMAERKE.matcher(t);
                Matcher fa = AREA.matcher(t);
                if (pm.matches()) {
                    mark = new Mark();
                    mark.number = pm.group(1);
                    StringBuilder title = new StringBuilder(pm.group(2));
                    while (!lines[i + 1].isBlank()) {
                        title.append(' ').append(lines[++i].trim());
                    }
                    mark.title = title.toString();
                    c.overview.add(mark);
                } else if (fa.matches()) {
                    area = new Area();
                    area.number = fa.group(1);
                    area.title = fa.group(2);
                    mark.areas.add(area);
                } else {
                    // An initiative line; some lost their "- " in OCR.
                    Item item = new Item();
                    String title = t.startsWith("- ") ? t.substring(2) : t;
                    item.starred = title.startsWith("*");
                    item.title = title.replaceFirst("^\\*\\s*", "");
                    area.initiatives.add(item);
                }
            }
            // Tables 1-3.
            while (i < lines.length) {
                String t = lines[i].trim();
                if (t.isEmpty()) {
                    i++;
                    continue;
                }
                Matcher table = TABLE.matcher(t);
                Matcher fa = AREA.matcher(t);
                if (table.matches()) {
                    mark = new Mark();
                    mark.number = table.group(2);
                    StringBuilder caption = new StringBuilder(table.group(3));
                    while (!lines[i + 1].isBlank()) {
                        caption.append(' ').append(lines[++i].trim());
                    }
                    mark.caption = caption.toString().trim();
                    c.tables.add(mark);
                    i++;
                } else if (fa.matches()) {
                    area = new Area();
                    area.number = fa.group(1);
                    area.title = fa.group(2);
                    i++;
                    while (lines[i].isBlank()) {
                        i++;
                    }
                    StringBuilder purpose = new StringBuilder();
                    while (i < lines.length && !lines[i].isBlank()) {
                        purpose.append(lines[i++].trim()).append(' ');
                    }
                    area.purpose = purpose.toString().trim();
                    mark.areas.add(area);
                } else {
                    Item item = new Item();
                    item.starred = t.startsWith("*");
                    item.title = t.replaceFirst("^\\*\\s*", "");
                    i++;
                    StringBuilder description = new StringBuilder();
                    while (!lines[i].trim().startsWith("Inspiration:")) {
                        description.append(lines[i++].trim()).append(' ');
                    }
                    item.description = description.toString().trim();
                    while (true) {
                        int next = i;
                        while (next < lines.length && lines[next].isBlank()) {
                            next++;
                        }
                        if (next >= lines.length || !PARAGRAPH.matcher(lines[next].trim()).matches()) {
                            break; // the next initiative or heading
                        }
                        i = next;
                        StringBuilder paragraph = new StringBuilder(lines[i++].trim());
                        while (i < lines.length && !lines[i].isBlank() && !LABEL.matcher(lines[i].trim()).matches()) {
                            paragraph.append(' ').append(lines[i++].trim());
                        }
                        String p = paragraph.toString();
                        Matcher fin = FINANCING.matcher(p);
                        if (p.startsWith("Inspiration:")) {
                            item.inspiration = p.substring("Inspiration:".length()).trim();
                        } else if (p.startsWith("Effekt (*):")) {
                            item.effect = p.substring("Effekt (*):".length()).trim();
                        } else if (fin.matches()) {
                            item.financing = fin.group(1).trim();
                        }
                    }
                    area.initiatives.add(item);
                }
            }
            return c;
        }
    }
}
