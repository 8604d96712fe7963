package dk.pejling.bundle.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Proves that the demo bundle of "Beskæftigelses- og Integrationsudvalgets handleplan" (seed 003)
 * holds every passage, goal, figure and activity of the source text, in the source's order, and
 * nothing the source does not say.
 *
 * <p>The source is parsed into units (paragraphs, headings, bullets, numbered list items, notes in
 * brackets) after repairing what PDF extraction did to it: the page marker ("Side 2 af 4"), the
 * bullet dash that landed at the end of an item's first line ("ultimo -", "moduldansk-") and the
 * list numbers glued to the end of a line ("med 1.", "virksomhedsindsats1."). A line that does not
 * end in a space (or in a dash) ends its unit: the extraction keeps the trailing space of a wrapped
 * line.
 */
class Seed003CoverageTest {

    private static final String SEED_FILE = "003_8629250c46b2c2d7.txt";
    private static final String PLAN_ID = "kk-biu-handleplan-beskaeftigelse-integration";

    /**
     * Source spelling -> corrected spelling, applied to the source before comparing. Empty on
     * purpose: the bundle keeps the author's wording, including "når de ledig kommer ud", "kommunes
     * ledige borgere", "dansk arbejdsplads kultur" and "ikke vestlig" beside "ikke-vestlig"; the
     * only repairs are the extraction marks handled by the parser (see the class comment).
     */
    private static final Map<String, String> CORRECTIONS = Map.of();

    private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*Side \\d+ af \\d+\\s*$");
    /** "at overledigheden ... med 1." : the item continues on the next line. */
    private static final Pattern SPACED_LIST_NUMBER = Pattern.compile("^(.*\\S) (\\d)\\.$");
    /** "Øget brug af virksomhedsindsats1." : a one-line item. */
    private static final Pattern GLUED_LIST_NUMBER = Pattern.compile("^(.*[^\\s\\d,])(\\d)\\.$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^Ad\\.\\s*(\\d)\\.?\\s+(.+)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!:])\\s+(?=[A-ZÆØÅ(])");
    /**
     * Sentences that state a goal's current level or restate its target. They are data of the
     * section's goal (baseline text, target text), not part of the section's passage:
     * "I dag er niveauet 10 procent. Således skal andelen ... stige med 20 procentpoint ..." (Ad.1)
     * and "I forhold til Beskæftigelses- og Integrationsforvaltningen alene udgør andelen ... 9,5 %."
     * (Ad.5).
     */
    private static final Pattern STATUS_SENTENCE =
            Pattern.compile("^(I dag er niveauet .*|Således skal andelen .*|I forhold til .* alene udgør andelen .*)$");
    private static final Pattern FIGURE =
            Pattern.compile("(\\d+(?:,\\d+)?)\\s*(procentpoint|procent|pct\\.|%|kombinationsforløb)");

    private static SeedSource seed;
    private static JsonNode plan;
    private static Parsed src;

    @BeforeAll
    static void load() {
        seed = SeedSource.of(SEED_FILE, PLAN_ID);
        plan = seed.bundle().get("plan");
        src = Parsed.of(corrected(seed.source()));
    }

    // ---------------------------------------------------------------- plan

    @Test
    void bundleIsThePlanOfTheSourceWithItsDeadline() {
        assertThat(seed.bundle().get("format").asString()).isEqualTo("pejling-plan/1");
        assertThat(plan.get("id").asString()).isEqualTo(PLAN_ID);
        assertThat(plan.get("title").asString()).isEqualTo(src.title);
        assertThat(plan.get("organisation").asString()).isEqualTo("Københavns Kommune");
        assertThat(plan.get("owner").asString()).isEqualTo("Beskæftigelses- og Integrationsudvalget");
        assertThat(plan.get("period").get("end").asString()).isEqualTo(src.deadlineYear());
        assertThat(plan.get("levels").size()).isEqualTo(1);
    }

    @Test
    void planPassagesAreTheSourcesIntroductionAndHeadedPassagesInOrder() {
        JsonNode texts = plan.get("texts");
        assertThat(texts.size()).isEqualTo(src.passages.size());
        for (int i = 0; i < src.passages.size(); i++) {
            Passage p = src.passages.get(i);
            JsonNode t = texts.get(i);
            if (p.heading == null) {
                assertThat(t.has("heading")).as("the introduction has no heading").isFalse();
            } else {
                assertThat(t.get("heading").asString()).isEqualTo(p.heading);
            }
            assertThat(lines(t.get("text").asString())).as("passage %s", p.heading).isEqualTo(lines(p.text()));
        }
    }

    @Test
    void headlineGoalHasTheSourcesLimitDeadlineAndLatestStatus() {
        JsonNode goals = plan.get("goals");
        assertThat(src.headline).hasSize(1);
        assertThat(goals.size()).isEqualTo(src.headline.size());
        Item item = src.headline.get(0);
        JsonNode goal = goals.get(0);
        assertThat(goal.get("text").asString()).isEqualTo(item.text);
        assertThat(goal.get("number").asString()).isEqualTo(item.number);
        // "... er følgende resultatmål:"
        assertThat(src.headlineLead).endsWith("resultatmål:");
        assertThat(goal.get("kind").asString()).isEqualTo("result");

        Matcher limit = Pattern.compile("maksimalt ([\\d,]+) procentpoint$").matcher(item.text);
        assertThat(limit.find()).isTrue();
        assertThat(goal.get("unit").asString()).isEqualTo("percentage_points");
        assertThat(goal.get("direction").asString()).isEqualTo("at_most");
        assertSingleTarget(goal, src.deadline(), number(limit.group(1)));

        Matcher status = Pattern.compile("^Seneste status viser en overledighed på ([\\d,]+) procentpoint")
                .matcher(item.note);
        assertThat(status.find()).isTrue();
        JsonNode baseline = goal.get("baseline");
        assertThat(baseline.get("value").decimalValue()).isEqualByComparingTo(number(status.group(1)));
        assertThat(baseline.get("text").asString()).isEqualTo(item.note);
        assertThat(baseline.has("date")).as("the source dates the status nowhere").isFalse();
    }

    // ---------------------------------------------------------------- sections

    @Test
    void sectionsAreTheSubGoalsOfTheOverviewListAndTheirHeadings() {
        // The source announces "Følgende 4 underordnede mål præsenteres nedenfor:" but lists five,
        // and has five "Ad." parts. The bundle keeps all five, and keeps the author's "4" in the
        // passage text (checked with the plan passages).
        assertThat(seed.sourceContains("Følgende 4 underordnede mål præsenteres nedenfor:")).isTrue();
        assertThat(src.overview).hasSize(5);
        assertThat(src.sections).hasSize(src.overview.size());

        JsonNode sections = plan.get("sections");
        assertThat(sections.size()).isEqualTo(src.sections.size());
        for (int i = 0; i < src.sections.size(); i++) {
            Section s = src.sections.get(i);
            Item listed = src.overview.get(i);
            JsonNode b = sections.get(i);
            assertThat(listed.number).isEqualTo(s.number);
            assertThat(listed.text).isEqualTo(s.title);
            assertThat(b.get("number").asString()).isEqualTo(s.number);
            assertThat(b.get("title").asString()).isEqualTo(s.title);
        }
    }

    @Test
    void sectionPassagesAreTheSourcesExplanationsBeforeAndAfterTheGoals() {
        JsonNode sections = plan.get("sections");
        for (int i = 0; i < src.sections.size(); i++) {
            Section s = src.sections.get(i);
            JsonNode b = sections.get(i);
            assertThat(lines(b.get("text").asString())).as("text of Ad.%s", s.number).isEqualTo(lines(s.before.text()));
            List<String> after = new ArrayList<>();
            JsonNode texts = b.path("texts");
            for (int k = 0; k < texts.size(); k++) {
                assertThat(texts.get(k).has("heading")).isFalse();
                after.add(texts.get(k).get("text").asString());
            }
            assertThat(after).as("texts of Ad.%s", s.number).isEqualTo(s.after);
        }
    }

    // ---------------------------------------------------------------- goals

    @Test
    void everyGoalBulletIsAGoalOfItsSectionWithTheSourcesTarget() {
        JsonNode sections = plan.get("sections");
        for (int i = 0; i < src.sections.size(); i++) {
            Section s = src.sections.get(i);
            JsonNode goals = sections.get(i).path("goals");
            assertThat(goals.size()).as("goals of Ad.%s", s.number).isEqualTo(s.goals.size());
            for (int k = 0; k < s.goals.size(); k++) {
                assertGoalStatesTheSourcesTarget(goals.get(k), s.goals.get(k));
            }
        }
    }

    @Test
    void statusSentencesOfASectionAreTheBaselineAndTargetWordingOfItsGoal() {
        JsonNode sections = plan.get("sections");
        int seen = 0;
        for (int i = 0; i < src.sections.size(); i++) {
            Section s = src.sections.get(i);
            if (s.status.isEmpty()) {
                continue;
            }
            assertThat(s.goals).as("Ad.%s states one goal", s.number).hasSize(1);
            JsonNode goal = sections.get(i).get("goals").get(0);
            JsonNode target = goal.get("targets").get(0);
            for (String sentence : s.status) {
                seen++;
                Matcher rise = Pattern.compile("stige med (\\d+) procentpoint").matcher(sentence);
                if (rise.find()) {
                    assertThat(target.get("text").asString()).isEqualTo(sentence);
                    assertThat(target.get("value").decimalValue().subtract(goal.get("baseline").get("value").decimalValue()))
                            .isEqualByComparingTo(number(rise.group(1)));
                    continue;
                }
                Matcher level = Pattern.compile("([\\d,]+) (?:procent|%)\\.$").matcher(sentence);
                assertThat(level.find()).as(sentence).isTrue();
                JsonNode baseline = goal.get("baseline");
                assertThat(baseline.get("value").decimalValue()).isEqualByComparingTo(number(level.group(1)));
                assertThat(baseline.get("text").asString()).isEqualTo(sentence);
                Item item = s.goals.get(0);
                Matcher year = item.note == null ? null : Pattern.compile(" i (\\d{4}) ").matcher(item.note);
                if (year != null && year.find()) {
                    // "(Status for Københavns Kommune i 2008 er 10,7 %)": the figures are of 2008
                    assertThat(baseline.get("date").asString()).isEqualTo(year.group(1));
                } else {
                    assertThat(baseline.has("date")).isFalse();
                }
            }
        }
        // "I dag er niveauet ...", "Således skal andelen ..." (Ad.1), "... alene udgør andelen ..." (Ad.5)
        assertThat(seen).isEqualTo(3);
    }

    @Test
    void everySubGoalContributesToTheHeadlineGoal() {
        // "... aktiviteter, som kan omsættes til aktivitetsmål, der alle forventes at bidrage til
        // indfrielsen af den overordnede målsætning."
        assertThat(seed.sourceContains("der alle forventes at bidrage til indfrielsen af den overordnede målsætning"))
                .isTrue();
        String headline = plan.get("goals").get(0).get("id").asString();
        List<JsonNode> subGoals = new ArrayList<>();
        JsonNode sections = plan.get("sections");
        for (int i = 0; i < sections.size(); i++) {
            collect(sections.get(i).path("goals"), subGoals);
            JsonNode initiatives = sections.get(i).path("initiatives");
            for (int k = 0; k < initiatives.size(); k++) {
                collect(initiatives.get(k).path("goals"), subGoals);
            }
        }
        assertThat(subGoals).hasSize(src.goalCount() + src.activityGoalCount());
        for (JsonNode g : subGoals) {
            assertThat(g.get("contributesTo").asString()).as(g.get("id").asString()).isEqualTo(headline);
            assertThat(g.get("kind").asString()).isEqualTo("activity");
        }
    }

    // ---------------------------------------------------------------- initiatives

    @Test
    void everyActivityBulletIsANumberedInitiativeOfItsSection() {
        JsonNode sections = plan.get("sections");
        for (int i = 0; i < src.sections.size(); i++) {
            Section s = src.sections.get(i);
            JsonNode initiatives = sections.get(i).path("initiatives");
            assertThat(initiatives.size()).as("initiatives of Ad.%s", s.number).isEqualTo(s.activities.size());
            for (int k = 0; k < s.activities.size(); k++) {
                Item a = s.activities.get(k);
                JsonNode in = initiatives.get(k);
                assertThat(in.get("number").asString()).isEqualTo(s.number + "." + (k + 1));
                assertThat(in.get("title").asString()).isEqualTo(a.text);
                if (a.description.isEmpty()) {
                    assertThat(in.has("text")).as(a.text).isFalse();
                } else {
                    assertThat(in.get("text").asString()).isEqualTo(String.join("\n\n", a.description));
                }
                assertActivityGoal(in, a);
            }
        }
    }

    // ---------------------------------------------------------------- counts

    @Test
    void countsMatchTheSource() {
        assertThat(src.sections).hasSize(5);
        assertThat(src.headline).hasSize(1);
        assertThat(src.goalCount()).isEqualTo(4);
        assertThat(src.activityCount()).isEqualTo(8);
        assertThat(src.activityGoalCount()).isEqualTo(1);
        assertThat(src.passages).hasSize(4);

        JsonNode sections = plan.get("sections");
        int initiatives = 0;
        int goals = 0;
        for (int i = 0; i < sections.size(); i++) {
            initiatives += sections.get(i).path("initiatives").size();
            goals += sections.get(i).path("goals").size();
            assertThat(sections.get(i).has("sections")).isFalse();
        }
        assertThat(plan.has("initiatives")).isFalse();
        assertThat(initiatives).isEqualTo(src.activityCount());
        assertThat(goals).isEqualTo(src.goalCount());
    }

    @Test
    void idsAreWellFormedAndGoalIdsUnique() {
        Set<String> goalIds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> e : seed.strings()) {
            if (e.getKey().endsWith(".id")) {
                assertThat(e.getValue()).matches("^[a-z0-9][a-z0-9-]*$");
                assertThat(ids.add(e.getValue())).as("unique id %s", e.getValue()).isTrue();
                if (e.getKey().matches(".*goals\\[\\d+\\]\\.id")) {
                    goalIds.add(e.getValue());
                }
            }
        }
        assertThat(goalIds).hasSize(src.headline.size() + src.goalCount() + src.activityGoalCount());
    }

    // ---------------------------------------------------------------- both directions, text and figures

    @Test
    void everySentenceOfTheSourceIsInSomeTextOfTheBundle() {
        List<String> bundleTexts = seed.strings().stream().map(e -> SeedSource.normalise(e.getValue())).toList();
        for (Unit u : src.units) {
            String text = u.text;
            Matcher heading = SECTION_HEADING.matcher(text);
            if (heading.matches()) {
                text = heading.group(2);
            }
            for (String fragment : SENTENCE_END.split(text)) {
                String f = SeedSource.normalise(fragment);
                assertThat(bundleTexts.stream().anyMatch(b -> b.contains(f)))
                        .as("source text missing from the bundle: %s", f).isTrue();
            }
        }
    }

    @Test
    void everyTextOfTheBundleIsInTheSource() {
        List<String> sourceUnits = src.units.stream().map(u -> SeedSource.normalise(u.text)).toList();
        int checked = 0;
        for (Map.Entry<String, String> e : seed.strings()) {
            String key = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            if (!Set.of("title", "text", "heading", "organisation", "owner").contains(key)) {
                continue;
            }
            for (String line : e.getValue().split("\n")) {
                String l = SeedSource.normalise(line.replaceFirst("^(- |\\d+\\. )", ""));
                if (l.isEmpty()) {
                    continue;
                }
                checked++;
                assertThat(sourceUnits.stream().anyMatch(s -> s.contains(l)))
                        .as("%s is not in the source: %s", e.getKey(), l).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void everyFigureOfTheSourceIsANumberInTheBundleAndBack() {
        Set<BigDecimal> sourceFigures = new HashSet<>();
        Matcher m = FIGURE.matcher(SeedSource.normalise(corrected(seed.source())));
        String text = SeedSource.normalise(corrected(seed.source()));
        while (m.find()) {
            BigDecimal n = number(m.group(1));
            sourceFigures.add(n);
            if (text.substring(0, m.start()).endsWith("stige med ")) {
                // "stige med 20 procentpoint" (Ad.1) is the rise from baseline to target, kept as
                // the target's text and checked as target minus baseline in the status test.
                continue;
            }
            assertThat(seed.bundleHasNumber(n)).as("figure %s %s", m.group(1), m.group(2)).isTrue();
        }
        // 5,8 10,6 30 10 20 500 95 10,7 9,5 (20 is the rise, checked as target minus baseline)
        assertThat(sourceFigures).hasSize(9);
        for (Map.Entry<String, BigDecimal> e : seed.numbers()) {
            if (e.getKey().endsWith(".value")) {
                assertThat(sourceFigures).as(e.getKey()).anySatisfy(n -> assertThat(n).isEqualByComparingTo(e.getValue()));
            }
        }
    }

    // ================================================================ expectations per goal

    private static void assertGoalStatesTheSourcesTarget(JsonNode goal, Item item) {
        assertThat(goal.get("text").asString()).isEqualTo(item.text);
        Matcher share = Pattern.compile("^At (\\d+) procent .* ultimo (\\d{4}) ").matcher(item.text);
        Matcher atLeastPct = Pattern.compile("mindst (\\d+) pct\\.$").matcher(item.text);
        Matcher higher = Pattern.compile("^Der skal være en højere ").matcher(item.text);
        Matcher pegged = Pattern.compile("på niveau med (.+)$").matcher(item.text);
        if (share.find()) {
            assertThat(goal.get("unit").asString()).isEqualTo("percent");
            assertThat(goal.get("direction").asString()).isEqualTo("at_least");
            assertThat(goal.get("targets").size()).isEqualTo(1);
            JsonNode t = goal.get("targets").get(0);
            assertThat(t.get("period").asString()).isEqualTo(share.group(2) + "-12-31");
            assertThat(t.get("value").decimalValue()).isEqualByComparingTo(number(share.group(1)));
        } else if (atLeastPct.find()) {
            assertThat(goal.get("unit").asString()).isEqualTo("percent");
            assertThat(goal.get("direction").asString()).isEqualTo("at_least");
            assertSingleTarget(goal, src.deadline(), number(atLeastPct.group(1)));
        } else if (higher.find()) {
            assertThat(goal.get("direction").asString()).isEqualTo("increase");
            assertThat(goal.has("targets")).isFalse();
            assertThat(goal.has("baseline")).isFalse();
        } else if (pegged.find()) {
            // "(Status for Københavns Kommune i 2008 er 10,7 %)" under the goal
            Matcher status = Pattern.compile("^Status for .* er ([\\d,]+) %$").matcher(item.note);
            assertThat(status.find()).as(item.note).isTrue();
            assertThat(goal.get("unit").asString()).isEqualTo("percent");
            assertThat(goal.get("direction").asString()).isEqualTo("at_least");
            assertThat(goal.get("targets").size()).isEqualTo(1);
            JsonNode t = goal.get("targets").get(0);
            assertThat(t.get("period").asString()).isEqualTo(src.deadline());
            assertThat(t.has("value")).isFalse();
            assertThat(t.get("reference").get("text").asString()).isEqualTo(pegged.group(1));
            assertThat(t.get("reference").get("value").decimalValue()).isEqualByComparingTo(number(status.group(1)));
            assertThat(t.get("text").asString()).isEqualTo(item.note);
        } else {
            fail("a goal of the source the test cannot read: " + item.text);
        }
        if (item.note != null) {
            assertThat(pegged.find(0)).as("only the pegged goal carries a note: %s", item.note).isTrue();
        }
    }

    private static void assertActivityGoal(JsonNode initiative, Item activity) {
        Matcher yearly = Pattern.compile("mindst (\\d+) (\\S+) .*årligt frem mod udgangen af (\\d{4})$")
                .matcher(activity.text);
        if (!yearly.find()) {
            assertThat(initiative.has("goals")).as(activity.text).isFalse();
            return;
        }
        JsonNode goals = initiative.get("goals");
        assertThat(goals.size()).isEqualTo(1);
        JsonNode goal = goals.get(0);
        assertThat(goal.get("text").asString()).isEqualTo(activity.text);
        assertThat(goal.get("unit").asString()).isEqualTo("count");
        assertThat(goal.get("direction").asString()).isEqualTo("at_least");
        int from = Integer.parseInt(plan.get("period").get("start").asString());
        int to = Integer.parseInt(yearly.group(3));
        JsonNode targets = goal.get("targets");
        assertThat(targets.size()).isEqualTo(to - from + 1);
        for (int k = 0; k < targets.size(); k++) {
            assertThat(targets.get(k).get("period").asString()).isEqualTo(String.valueOf(from + k));
            assertThat(targets.get(k).get("value").decimalValue()).isEqualByComparingTo(number(yearly.group(1)));
        }
    }

    private static void assertSingleTarget(JsonNode goal, String period, BigDecimal value) {
        JsonNode targets = goal.get("targets");
        assertThat(targets.size()).isEqualTo(1);
        assertThat(targets.get(0).get("period").asString()).isEqualTo(period);
        assertThat(targets.get(0).get("value").decimalValue()).isEqualByComparingTo(value);
    }

    // ================================================================ helpers

    private static void collect(JsonNode array, List<JsonNode> out) {
        for (int i = 0; i < array.size(); i++) {
            out.add(array.get(i));
        }
    }

    private static String corrected(String source) {
        String s = source;
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            s = s.replace(c.getKey(), c.getValue());
        }
        return s;
    }

    private static BigDecimal number(String danish) {
        return new BigDecimal(danish.replace(",", "."));
    }

    /** A text as lines, with runs of white space folded, for comparing passages line by line. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(line.replaceAll("\\s+", " ").trim());
        }
        return out;
    }

    // ================================================================ the parsed source

    enum Kind { HEADING, PROSE, BULLET, LISTED, NOTE }

    record Unit(Kind kind, String text, String number) {}

    static final class Item {
        final String number;
        final String text;
        String note;
        final List<String> description = new ArrayList<>();

        Item(String number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    /** Paragraphs; a paragraph may end in list lines ("- item", "1. item"). */
    static class Passage {
        final String heading;
        final List<String> paragraphs = new ArrayList<>();

        Passage(String heading) {
            this.heading = heading;
        }

        void addListLine(String line) {
            int last = paragraphs.size() - 1;
            paragraphs.set(last, paragraphs.get(last) + "\n" + line);
        }

        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    static final class Section {
        final String number;
        final String title;
        final Passage before = new Passage(null);
        final List<String> after = new ArrayList<>();
        final List<Item> goals = new ArrayList<>();
        final List<Item> activities = new ArrayList<>();
        final List<String> status = new ArrayList<>();

        Section(String number, String title) {
            this.number = number;
            this.title = title;
        }
    }

    static final class Parsed {
        final List<Unit> units = new ArrayList<>();
        String title;
        final List<Passage> passages = new ArrayList<>();
        final List<Item> headline = new ArrayList<>();
        String headlineLead;
        final List<Item> overview = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();

        String deadlineYear() {
            Matcher m = Pattern.compile("forventes indfriet ved udgangen af (\\d{4})")
                    .matcher(String.join(" ", units.stream().map(Unit::text).toList()));
            assertThat(m.find()).isTrue();
            return m.group(1);
        }

        String deadline() {
            return deadlineYear() + "-12-31";
        }

        int goalCount() {
            return sections.stream().mapToInt(s -> s.goals.size()).sum();
        }

        int activityCount() {
            return sections.stream().mapToInt(s -> s.activities.size()).sum();
        }

        int activityGoalCount() {
            return (int) sections.stream().flatMap(s -> s.activities.stream())
                    .filter(a -> a.text.matches(".*mindst \\d+ .*årligt frem mod udgangen af \\d{4}$")).count();
        }

        static Parsed of(String source) {
            Parsed p = new Parsed();
            p.split(source);
            p.structure();
            return p;
        }

        /** Lines to units, repairing the extraction marks. */
        private void split(String source) {
            StringBuilder cur = null;
            Kind kind = null;
            String number = null;
            for (String raw : source.replace("\r", "").split("\n", -1)) {
                if (PAGE_MARKER.matcher(raw).matches()) {
                    continue;
                }
                if (raw.isBlank()) {
                    flush(cur, kind, number);
                    cur = null;
                    continue;
                }
                // A wrapped line keeps its trailing space; so does a line ending in a dash.
                boolean open = Character.isWhitespace(raw.charAt(raw.length() - 1)) || raw.strip().endsWith("–");
                String t = raw.strip();
                Kind k = null;
                String n = null;
                if (t.endsWith("-")) {
                    k = Kind.BULLET;
                    t = t.substring(0, t.length() - 1).strip();
                    open = true;
                } else {
                    Matcher m = SPACED_LIST_NUMBER.matcher(t);
                    if (m.matches()) {
                        k = Kind.LISTED;
                        n = m.group(2);
                        t = m.group(1);
                        open = true;
                    } else if ((m = GLUED_LIST_NUMBER.matcher(t)).matches()) {
                        k = Kind.LISTED;
                        n = m.group(2);
                        t = m.group(1);
                        open = false;
                    }
                }
                if (k != null || cur == null) {
                    flush(cur, kind, number);
                    cur = new StringBuilder(t);
                    kind = k;
                    number = n;
                } else {
                    cur.append(' ').append(t);
                }
                if (!open) {
                    flush(cur, kind, number);
                    cur = null;
                }
            }
            flush(cur, kind, number);
        }

        private void flush(StringBuilder cur, Kind kind, String number) {
            if (cur == null) {
                return;
            }
            String t = cur.toString().replaceAll("\\s+", " ").trim();
            if (t.isEmpty()) {
                return;
            }
            if (kind == null) {
                if (t.startsWith("(") && t.endsWith(")")) {
                    kind = Kind.NOTE;
                    t = t.substring(1, t.length() - 1);
                } else if (t.endsWith(".") || t.endsWith(":")) {
                    kind = Kind.PROSE;
                } else {
                    kind = Kind.HEADING; // no closing stop, or a question ("Hvordan når ... målet?")
                }
            }
            units.add(new Unit(kind, t, number));
        }

        /** Units to the plan's passages, headline goal, overview list and sections. */
        private void structure() {
            Passage passage = null;
            Section section = null;
            String lead = null;
            Item last = null;
            for (Unit u : units) {
                switch (u.kind()) {
                    case HEADING -> {
                        last = null;
                        lead = null;
                        Matcher m = SECTION_HEADING.matcher(u.text());
                        if (title == null) {
                            title = u.text();
                            passage = new Passage(null);
                            passages.add(passage);
                        } else if (m.matches()) {
                            section = new Section(m.group(1), m.group(2));
                            sections.add(section);
                            passage = null;
                        } else {
                            section = null;
                            passage = new Passage(u.text());
                            passages.add(passage);
                        }
                    }
                    case PROSE -> {
                        last = null;
                        if (u.text().endsWith(":")) {
                            lead = u.text();
                        }
                        if (section == null) {
                            passage.paragraphs.add(u.text());
                        } else {
                            placeInSection(section, u.text());
                        }
                    }
                    case LISTED -> {
                        Item item = new Item(u.number(), u.text());
                        if (lead != null && lead.endsWith("resultatmål:")) {
                            headlineLead = lead;
                            headline.add(item);
                        } else {
                            overview.add(item);
                            passage.addListLine(u.number() + ". " + u.text());
                        }
                        last = item;
                    }
                    case NOTE -> {
                        assertThat(last).as("a note in brackets follows a goal: %s", u.text()).isNotNull();
                        last.note = u.text();
                    }
                    case BULLET -> {
                        assertThat(section).as("bullets belong to an Ad. part: %s", u.text()).isNotNull();
                        Item item = new Item(null, u.text());
                        if (lead.contains("aktiviteter")) {
                            section.activities.add(item);
                        } else if (lead.endsWith("mål:")) {
                            section.goals.add(item);
                        } else {
                            section.before.addListLine("- " + u.text());
                        }
                        last = item;
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }

        /**
         * A section's passage up to its goals is its text; what follows the goals, and the lead-in
         * to its activities, are its further texts; prose after an activity describes it.
         */
        private static void placeInSection(Section s, String paragraph) {
            List<String> kept = new ArrayList<>();
            for (String sentence : Pattern.compile("(?<=[.?!])\\s+(?=[A-ZÆØÅ])").split(paragraph)) {
                if (STATUS_SENTENCE.matcher(sentence).matches()) {
                    s.status.add(sentence);
                } else {
                    kept.add(sentence);
                }
            }
            if (kept.isEmpty()) {
                return;
            }
            String text = String.join(" ", kept);
            boolean activityLead = text.endsWith(":") && text.contains("aktiviteter");
            if (!s.activities.isEmpty()) {
                s.activities.get(s.activities.size() - 1).description.add(text);
            } else if (!s.goals.isEmpty() || activityLead) {
                s.after.add(text);
            } else {
                s.before.paragraphs.add(text);
            }
        }
    }

}
