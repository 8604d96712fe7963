package dk.pejling.bundle.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004, "Redegørelse for anvendelse af den statslige pulje for 2007 til ansættelse af ekstra
 * jobkonsulenter": the grant account must be in the demo bundle whole. The source's chapters, its
 * allocation table, its four categories with their projects and status passages, the grant's
 * money and the result goals of chapter 4 are parsed from the source text and looked up in the
 * bundle; and every text of the bundle is looked up in the source.
 */
class Seed004CoverageTest {

    private static final String SEED = "004_2197f40ab2f52e44.txt";
    private static final String PLAN_ID = "kk-jobkonsulentpulje-2007";

    /**
     * Source spelling (after {@link SeedSource#normalise}) -> the bundle's spelling. Only damage
     * done by the PDF extraction is corrected; the author's own spelling is kept.
     */
    private static final Map<String, String> CORRECTIONS = new LinkedHashMap<>();

    static {
        // Hyphens of words broken at the end of a printed line, kept by the extraction inside the
        // word; the same words stand unbroken elsewhere in the document.
        CORRECTIONS.put("bevillings-skrivelse", "bevillingsskrivelse"); // line 48
        CORRECTIONS.put("arbejds-markedskøre", "arbejdsmarkedskøre"); // line 83 (the truncated word is the author's)
        CORRECTIONS.put("virksomheds-opsøgende", "virksomhedsopsøgende"); // line 95
        CORRECTIONS.put("mentor-ordninger", "mentorordninger"); // line 111
        CORRECTIONS.put("Lundtofte-gade", "Lundtoftegade"); // line 174, the street
        CORRECTIONS.put("løn-tilskudsjob", "løntilskudsjob"); // line 214
        CORRECTIONS.put("branche-områder", "brancheområder"); // line 216
        CORRECTIONS.put("virksomheds-gruppe", "virksomhedsgruppe"); // line 216
        CORRECTIONS.put("kontant-hjælpsmodtagere", "kontanthjælpsmodtagere"); // line 228
        // A word broken across a page break: "base-" ends line 188, "ret" starts line 190.
        CORRECTIONS.put("base- ret", "baseret");
        // Line 176: the first item of the list on lines 178-180 lost its bullet and was run into
        // the paragraph before it ("... møder med virksomheder. en service, som ...").
        CORRECTIONS.put("virksomheder. en service", "virksomheder. - en service");
    }

    /**
     * The projects of each category, in order. The source marks a project's title only by
     * layout (a line of its own before its target group), so the titles are listed here; the
     * test checks that each is a line of the source inside its category.
     */
    private static final Map<String, List<String>> PROJECTS = new LinkedHashMap<>();

    static {
        PROJECTS.put("A", List.of(
                "Jobkonsulenter til indsatsen i jobcenterenhederne.")); // line 87
        PROJECTS.put("B", List.of(
                "Jobguideordninger med job- og uddannelsespakker.", // line 123
                "Flere ledige nydanskere i arbejde.", // line 144
                "Helt ud på virksomheden", // line 160
                "Jobpatruljen (Musvågevej)")); // line 170
        PROJECTS.put("C", List.of(
                "Matchning borger og virksomhed i Center for Kompetence og Beskæftigelse (CKB)", // line 202
                "Matchning projekt på Center for Beskæftigelse, Sprog og Integration (CBSI).")); // line 210
        PROJECTS.put("D", List.of(
                "Målrettet indsats mod unge indvandrere under 30 år – job- og uddannelsesrettede forløb for unge.", // line 224
                "Etablering af specialteam af jobkonsulenter til etablering af arbejdspladser for handicappede og "
                        + "personer med nedsat arbejdsevne i øvrigt med anden etnisk baggrund.", // line 240
                "Fremrykket indsats for unge kriminelle med indvandrerbaggrund.", // line 248
                "Projekt omvendt integration. Center for aktivering og Beskæftigelsesindsats (CAB)", // line 260
                "Tværfaglige team af eksperter")); // line 278
    }

    /**
     * The units that run each project, where the source names them (by project title). Projects
     * not listed name no unit of the allocation table as theirs.
     */
    private static final Map<String, List<String>> PROJECT_UNITS = Map.of(
            "Jobpatruljen (Musvågevej)", List.of("jc-musvaagevej"), // line 170
            "Matchning borger og virksomhed i Center for Kompetence og Beskæftigelse (CKB)", List.of("ckb"), // line 202
            "Matchning projekt på Center for Beskæftigelse, Sprog og Integration (CBSI).", List.of("cbsi"), // line 210
            "Målrettet indsats mod unge indvandrere under 30 år – job- og uddannelsesrettede forløb for unge.",
            List.of("jc-skelbaekgade"), // line 226: "ansvaret er placeret i Jobcenter København Skelbækgade"
            "Fremrykket indsats for unge kriminelle med indvandrerbaggrund.",
            List.of("cab"), // line 254: "projekt i Center for Aktivering og Beskæftigelse (CAB)"
            "Projekt omvendt integration. Center for aktivering og Beskæftigelsesindsats (CAB)", List.of("cab"), // line 260
            "Tværfaglige team af eksperter", List.of("jc-musvaagevej")); // line 284: "tilknyttet Jobcenter Musvågevej"

    /** How the source words a unit inside a text. */
    private static final Map<String, String> UNIT_WORD = Map.of(
            "jc-musvaagevej", "Musvågevej",
            "jc-skelbaekgade", "Skelbækgade",
            "cab", "CAB",
            "cbsi", "CBSI",
            "ckb", "CKB");

    /** The source's words for a moment, as a baseline date (first day of the month meant). */
    private static final Map<String, String> BASELINE_DATE = Map.of(
            "november 2006", "2006-11-01", // line 341
            "primo 2007", "2007-01-01", // line 345
            "1. januar 2007", "2007-01-01", // line 349
            "medio 2005", "2005-07-01"); // line 17

    /** The source's words for a moment, as the period of a result. */
    private static final Map<String, String> RESULT_PERIOD = Map.of(
            "februar 2008", "2008-02", // line 341
            "ultimo 2007", "2007-12-31", // lines 326, 345
            "1. januar 2008", "2008-01-01", // line 349
            "medio 2007", "2007-07"); // line 326 (the analysis of line 324 was made "medio juli 2007")

    /** Bundle texts that are Pejling's own labels, not the source's wording. */
    private static final List<String> LABEL_PATHS = List.of(
            "plan.title", // the plan's name; the document's own title is plan.document.title
            "plan.grants[0].title"); // the grant's name

    private static SeedSource seed;
    private static List<String> lines;
    private static JsonNode plan;
    private static String source;

    @BeforeAll
    static void load() {
        seed = SeedSource.of(SEED, PLAN_ID);
        lines = List.of(seed.source().split("\n", -1));
        plan = seed.bundle().path("plan");
        source = cleanSource(seed.source());
    }

    // ---- the document and its chapters -------------------------------------------------------

    @Test
    void documentHeadingIsTheSourcesDateCaseAndTitle() {
        Matcher date = find("Dato: (\\d\\d)-(\\d\\d)-(\\d{4})");
        JsonNode document = plan.path("document");
        assertThat(document.path("date").asString())
                .isEqualTo(date.group(3) + "-" + date.group(2) + "-" + date.group(1));
        assertThat(document.path("caseNumber").asString()).isEqualTo(find("Sagsnr\\.: (\\S+)").group(1));
        assertThat(document.path("documentNumber").asString()).isEqualTo(find("Dok\\.nr\\.: (\\S+)").group(1));
        int dok = indexOfLineMatching("Dok\\.nr\\.: .*");
        assertThat(document.path("title").asString()).isEqualTo(nextNonBlank(dok).trim());
        assertThat(plan.path("organisation").asString()).isEqualTo("Københavns Kommune");
        assertThat(source).contains(plan.path("organisation").asString());
        assertThat(source).contains(plan.path("owner").asString());
        Matcher years = find("over 4 år \\((\\d{4}) - (\\d{4})\\)");
        assertThat(plan.path("period").path("start").asInt()).isEqualTo(Integer.parseInt(years.group(1)));
        assertThat(plan.path("period").path("end").asInt()).isEqualTo(Integer.parseInt(years.group(2)));
    }

    @Test
    void planTextsAreTheSourcesChaptersAndPassagesWordForWord() {
        List<Integer> headings = textHeadingLines();
        JsonNode texts = plan.path("texts");
        assertThat(texts.size()).isEqualTo(headings.size());
        TreeSet<Integer> boundaries = new TreeSet<>(headings);
        boundaries.add(categoryLines().get(0));
        boundaries.add(lines.size());
        for (int i = 0; i < headings.size(); i++) {
            int h = headings.get(i);
            JsonNode block = texts.get(i);
            assertThat(SeedSource.normalise(block.path("heading").asString()))
                    .as("heading of text block %d", i)
                    .isEqualTo(cleanSource(lines.get(h)));
            String expected = cleanSource(region(h + 1, boundaries.higher(h)));
            assertThat(SeedSource.normalise(block.path("text").asString("")))
                    .as("text under '%s' (line %d)", lines.get(h), h + 1)
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyListItemOfTheSourceIsAListItemInTheBundle() {
        List<String> bundleLines = seed.strings().stream()
                .flatMap(e -> e.getValue().lines())
                .map(SeedSource::normalise)
                .toList();
        List<String> items = lines.stream()
                .filter(l -> l.startsWith("- ") || l.matches("\\d\\. \\*.*"))
                .map(l -> cleanSource(l))
                .toList();
        // lines 21-40 (7), 76-77 (2), 131-140 (7), 150-158 (5 campaigns), 178-180 (3), 236-238 (3),
        // 268-274 (6), 332-335 (4)
        assertThat(items).hasSize(37);
        for (String item : items) {
            assertThat(bundleLines).as("list item '%s'", item).contains(item);
        }
        // the item that lost its bullet on line 176 (see CORRECTIONS) is an item of its own
        assertThat(bundleLines).contains("- en service, som tager udgangspunkt i lokal rådgivning.");
    }

    // ---- the allocation table and the grant ---------------------------------------------------

    @Test
    void allocationTableIsTheUnitsAndTheGrantsAllocationsFor2007And2008() {
        List<String[]> rows = tableRows();
        assertThat(rows).hasSize(7);
        JsonNode units = plan.path("units");
        assertThat(units.size()).isEqualTo(rows.size());
        JsonNode grant = grant();
        int months = Integer.parseInt(find("ud fra (\\d+)/12 af en helårslønudgift").group(1));
        for (int year : new int[] {2007, 2008}) {
            List<JsonNode> allocations = allocations(year);
            assertThat(allocations).as("allocations %d", year).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(units.get(i).path("name").asString()).isEqualTo(rows.get(i)[0]);
                JsonNode a = allocations.get(i);
                assertThat(a.path("unit").asString()).isEqualTo(units.get(i).path("id").asString());
                assertThat(a.path("fte").asInt()).as("%s %d", rows.get(i)[0], year)
                        .isEqualTo(Integer.parseInt(rows.get(i)[1]));
                if (year == 2007) {
                    assertThat(a.path("months").asInt()).isEqualTo(months);
                } else {
                    assertThat(a.has("months")).as("a full year in 2008").isFalse();
                }
            }
        }
        int total = Integer.parseInt(find("I alt (\\d+)").group(1));
        assertThat(sumFte(2007)).isEqualTo(total);
        assertThat(sumFte(2008)).isEqualTo(total);
        assertThat(Integer.parseInt(find("der for 2008 er udmeldt midler til (\\d+) jobkonsulenter").group(1)))
                .isEqualTo(sumFte(2008));
        assertThat(grant.path("allocations").size()).isEqualTo(2 * rows.size());
    }

    @Test
    void grantHasTheAwardUnitCostConditionsAndTheStatedConsultantCount() {
        JsonNode grant = grant();
        Matcher m = find("bevilling på ([\\d.]+) kr\\. - et beløb svarende til (\\d+) jobkonsulenter à ([\\d.]+) kr\\. "
                + "pr\\. år\\. (Bevillingen gives alene til dækning af kommunale lønudgifter\\.)");
        BigDecimal award = danish(m.group(1));
        BigDecimal unitCost = danish(m.group(3));
        assertThat(grant.path("unitCost").path("amount").decimalValue()).isEqualByComparingTo(unitCost);
        assertThat(grant.path("conditions").asString()).isEqualTo(m.group(4));
        assertThat(source).contains("Beskæftigelsesministeriets udmelding");
        assertThat(grant.path("grantor").asString()).isEqualTo("Beskæftigelsesministeriet");
        // 71 consultants: Pejling computes them from the award and the unit cost.
        int stated = Integer.parseInt(m.group(2));
        assertThat(award.divide(unitCost, 0, RoundingMode.DOWN).intValue()).isEqualTo(stated);
        assertThat(Integer.parseInt(find("Når tallet overstiger (\\d+) \\(som statens årlige bevilling dækker\\)").group(1)))
                .isEqualTo(stated);

        Matcher years = find("på ([\\d,]+) mill\\. kr\\. i (\\d{4}) og et tilsvarende beløb i (\\d{4}), (\\d{4}) og (\\d{4})");
        assertThat(award.movePointLeft(6).setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo(danish(years.group(1)));
        JsonNode awards = grant.path("awards");
        assertThat(awards.size()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(awards.get(i).path("year").asInt()).isEqualTo(Integer.parseInt(years.group(i + 2)));
            assertThat(awards.get(i).path("amount").decimalValue()).isEqualByComparingTo(award);
        }
        assertThat(grant.path("period").path("start").asInt()).isEqualTo(Integer.parseInt(years.group(2)));
        assertThat(grant.path("period").path("end").asInt()).isEqualTo(Integer.parseInt(years.group(5)));
    }

    @Test
    void economyOfChapterThreeIsSpendingUnderspendCarryOverPoolAndExpectedCosts() {
        JsonNode grant = grant();
        BigDecimal unitCost = grant.path("unitCost").path("amount").decimalValue();
        BigDecimal award2007 = grant.path("awards").get(0).path("amount").decimalValue();

        Matcher allotted = find("udmeldt midler til Jobcenter og Beskæftigelsescentre på i alt (([\\d,]+) mill\\. kr\\.), "
                + "svarende til ansættelse af (\\d+) jobkonsulenter \\(ud fra (\\d+)/12 af en helårslønudgift på ([\\d.]+)\\)");
        assertThat(Integer.parseInt(allotted.group(3))).isEqualTo(sumFte(2007));
        assertThat(danish(allotted.group(5))).isEqualByComparingTo(unitCost);
        JsonNode cost2007 = byYear(grant.path("expectedCost"), "year", 2007);
        assertThat(cost2007.path("amount").decimalValue()).isEqualByComparingTo(millions(allotted.group(2)));
        assertThat(cost2007.path("text").asString()).isEqualTo(allotted.group(1));
        // 93 consultants for 5/12 of a year at 375.000 kr.: 14.531.250 kr., stated as 14,530 mill. kr.
        BigDecimal computed2007 = unitCost.multiply(BigDecimal.valueOf(sumFte(2007)))
                .multiply(new BigDecimal(allotted.group(4))).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
        assertThat(computed2007.movePointLeft(6).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(danish(allotted.group(2)).setScale(2, RoundingMode.HALF_UP));

        Matcher spent = find("udgifter til ansættelse af ekstra jobkonsulenter i (\\d{4}) er på kr\\.([\\d,]+) mill");
        JsonNode spending = byYear(grant.path("spending"), "year", Integer.parseInt(spent.group(1)));
        assertThat(spending.path("amount").decimalValue()).isEqualByComparingTo(millions(spent.group(2)));

        Matcher under = find("i (\\d{4}) et mindreforbrug på (ca\\. (\\d+) mill\\. kr\\.), der er overført til (\\d{4}), "
                + "hvor den samlede pulje derefter er på (([\\d,]+) mill\\. kr\\. \\(2007 niveau\\))");
        int from = Integer.parseInt(under.group(1));
        int to = Integer.parseInt(under.group(4));
        JsonNode underspend = byYear(grant.path("underspend"), "year", from);
        assertThat(underspend.path("amount").decimalValue()).isEqualByComparingTo(millions(under.group(3)));
        assertThat(underspend.path("text").asString()).isEqualTo(under.group(2));
        JsonNode carry = byYear(grant.path("carryOver"), "from", from);
        assertThat(carry.path("to").asInt()).isEqualTo(to);
        assertThat(carry.path("amount").decimalValue()).isEqualByComparingTo(millions(under.group(3)));
        // the computed underspend, 14.398.526 kr., is "ca. 14 mill. kr."
        assertThat(award2007.subtract(spending.path("amount").decimalValue()).movePointLeft(6)
                .setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo(new BigDecimal(under.group(3)));
        JsonNode pool = byYear(grant.path("pool"), "year", to);
        assertThat(pool.path("amount").decimalValue()).isEqualByComparingTo(millions(under.group(6)));
        assertThat(pool.path("text").asString()).isEqualTo(under.group(5));
        // the pool computed from the 2008 award and the carry-over: 40.898.526 kr., "40,9 mill. kr."
        BigDecimal award2008 = byYear(grant.path("awards"), "year", to).path("amount").decimalValue();
        assertThat(award2008.add(carry.path("amount").decimalValue()).movePointLeft(6).setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo(danish(under.group(6)));

        Matcher expected = find("Den forventede udgift til de (\\d+) ekstra jobkonsulenter i (\\d{4}) er beregnet til at være på "
                + "(([\\d,]+) mill\\. kr\\.)");
        assertThat(Integer.parseInt(expected.group(1))).isEqualTo(sumFte(2008));
        JsonNode cost2008 = byYear(grant.path("expectedCost"), "year", Integer.parseInt(expected.group(2)));
        assertThat(cost2008.path("amount").decimalValue()).isEqualByComparingTo(millions(expected.group(4)));
        assertThat(cost2008.path("text").asString()).isEqualTo(expected.group(3));
        // 93 consultants for a whole year: 34.875.000 kr., "34,9 mill. kr."
        assertThat(unitCost.multiply(BigDecimal.valueOf(sumFte(2008))).movePointLeft(6).setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo(danish(expected.group(4)));
        assertThat(grant.path("expectedCost").size()).isEqualTo(2);
        assertThat(grant.path("spending").size()).isEqualTo(1);
    }

    // ---- the four categories and their projects -----------------------------------------------

    @Test
    void sectionsAreTheFourCategoriesInTheSourcesOrder() {
        List<Integer> categories = categoryLines();
        JsonNode sections = plan.path("sections");
        assertThat(categories).hasSize(4);
        assertThat(sections.size()).isEqualTo(categories.size());
        assertThat(plan.path("levels").get(0).asString()).isEqualTo("Hovedområde");
        assertThat(source).contains("4 hovedområder");
        for (int i = 0; i < categories.size(); i++) {
            String heading = lines.get(categories.get(i));
            JsonNode section = sections.get(i);
            assertThat(section.path("number").asString()).isEqualTo(heading.substring(0, 1));
            assertThat(section.path("title").asString()).isEqualTo(heading.substring(3));
        }
    }

    @Test
    void eachCategoryHoldsItsProjectsWithTargetGroupGoalsAndDescriptionWordForWord() {
        List<Integer> categories = categoryLines();
        JsonNode sections = plan.path("sections");
        int count = 0;
        for (int c = 0; c < categories.size(); c++) {
            JsonNode section = sections.get(c);
            List<String> titles = PROJECTS.get(section.path("number").asString());
            int status = statusLine(c);
            List<Integer> titleLines = new ArrayList<>();
            for (String title : titles) {
                int line = lines.indexOf(title);
                assertThat(line).as("project title '%s' is a line of the source", title)
                        .isGreaterThan(categories.get(c)).isLessThan(status);
                titleLines.add(line);
            }
            assertThat(titleLines).as("projects in source order").isSorted();
            assertThat(titleLines.get(0)).as("first project follows the category heading")
                    .isEqualTo(nextNonBlankIndex(categories.get(c)));
            JsonNode initiatives = section.path("initiatives");
            assertThat(initiatives.size()).as("projects in %s", section.path("number").asString())
                    .isEqualTo(titles.size());
            for (int i = 0; i < titles.size(); i++) {
                JsonNode initiative = initiatives.get(i);
                assertThat(initiative.path("title").asString()).isEqualTo(titles.get(i));
                int end = i + 1 < titleLines.size() ? titleLines.get(i + 1) : status;
                int start = titleLines.get(i) + 1;
                List<String> bundleParts = new ArrayList<>();
                bundleParts.add(initiative.path("targetGroup").path("text").asString());
                initiative.path("goals").forEach(g -> bundleParts.add(g.path("text").asString()));
                // the target group is the project's first paragraph; a goal stated in it follows it
                assertThat(SeedSource.normalise(String.join(" ", bundleParts)))
                        .as("target group of '%s'", titles.get(i))
                        .isEqualTo(cleanSource(lines.get(nextNonBlankIndex(start - 1))));
                bundleParts.add(initiative.path("text").asString());
                assertThat(SeedSource.normalise(String.join("\n\n", bundleParts)))
                        .as("project '%s' (lines %d-%d)", titles.get(i), start + 1, end)
                        .isEqualTo(cleanSource(region(start, end)));
                assertThat(initiative.path("status").asString()).isEqualTo("running");
                count++;
            }
        }
        assertThat(count).isEqualTo(12);
        assertThat(seed.bundle().findValues("initiatives").stream().mapToInt(JsonNode::size).sum()).isEqualTo(count);
    }

    @Test
    void targetGroupSizesAreTheFiguresOfTheTargetGroupParagraph() {
        Pattern size = Pattern.compile("(?:ca\\.|i alt) ([\\d.]+) (ydelsesmodtagere|personer)");
        int sized = 0;
        for (JsonNode initiative : allInitiatives()) {
            JsonNode group = initiative.path("targetGroup");
            Matcher m = size.matcher(SeedSource.normalise(group.path("text").asString()));
            String last = null;
            String unit = null;
            while (m.find()) {
                last = m.group(1);
                unit = m.group(2);
            }
            if (last == null) {
                assertThat(group.has("size")).as("no size for '%s'", initiative.path("title").asString()).isFalse();
            } else {
                assertThat(group.path("size").decimalValue()).isEqualByComparingTo(danish(last));
                assertThat(group.path("unit").asString()).isEqualTo(unit);
                sized++;
            }
        }
        assertThat(sized).isEqualTo(4);
    }

    @Test
    void projectsNameTheUnitsThatRunThem() {
        for (JsonNode initiative : allInitiatives()) {
            String title = initiative.path("title").asString();
            List<String> expected = PROJECT_UNITS.getOrDefault(title, List.of());
            List<String> actual = new ArrayList<>();
            initiative.path("units").forEach(u -> actual.add(u.asString()));
            assertThat(actual).as("units of '%s'", title).isEqualTo(expected);
            String said = SeedSource.normalise(title + " " + initiative.path("targetGroup").path("text").asString()
                    + " " + initiative.path("text").asString());
            for (String unit : actual) {
                assertThat(said).as("'%s' names %s", title, unit).contains(UNIT_WORD.get(unit));
            }
        }
    }

    @Test
    void statusPassagesAreCategoryReportsAndTheirStaffIsTheCategorysFunding() {
        List<Integer> categories = categoryLines();
        JsonNode sections = plan.path("sections");
        int chapter3 = chapterLines().get(2);
        Pattern granted = Pattern.compile("(\\d+) ?job ?konsulenter|ialt (\\d+)");
        Pattern hired = Pattern.compile("ansat (\\d+) jobkonsulenter");
        Pattern allHired = Pattern.compile("ansat et tilsvarende antal|ansættelse af det bevilgede antal|alle stillinger er");
        for (int c = 0; c < categories.size(); c++) {
            int status = statusLine(c);
            int end = c + 1 < categories.size() ? categories.get(c + 1) : chapter3;
            String passage = cleanSource(region(status + 1, end));
            JsonNode section = sections.get(c);
            JsonNode reports = section.path("reports");
            assertThat(reports.size()).isEqualTo(1);
            assertThat(reports.get(0).path("period").asInt()).isEqualTo(2007);
            assertThat(SeedSource.normalise(reports.get(0).path("text").asString()))
                    .as("status of %s", section.path("number").asString()).isEqualTo(passage);

            Matcher g = granted.matcher(passage);
            assertThat(g.find()).isTrue();
            int fte = Integer.parseInt(g.group(1) != null ? g.group(1) : g.group(2));
            Matcher h = hired.matcher(passage);
            int staff;
            if (h.find()) {
                staff = Integer.parseInt(h.group(1));
            } else {
                assertThat(allHired.matcher(passage).find()).as("status of %s says all are hired", c).isTrue();
                staff = fte;
            }
            JsonNode funding = section.path("funding");
            assertThat(funding.size()).isEqualTo(1);
            assertThat(funding.get(0).path("grant").asString()).isEqualTo(grant().path("id").asString());
            assertThat(funding.get(0).path("year").asInt()).isEqualTo(2007);
            assertThat(funding.get(0).path("fte").asInt()).isEqualTo(fte);
            assertThat(funding.get(0).path("hired").asInt()).isEqualTo(staff);
        }
        List<Integer> ftes = new ArrayList<>();
        sections.forEach(s -> ftes.add(s.path("funding").get(0).path("fte").asInt()));
        assertThat(ftes).containsExactly(44, 21, 4, 18);
    }

    @Test
    void projectOmvendtIntegrationHasItsGoalOf400Companies() {
        Matcher m = find("(Målet er, at (\\d+) virksomheder ønsker at tage imod løbende konsulentbistand i forbindelse med "
                + "integrationsmæssige udfordringer\\.)");
        List<JsonNode> withGoals = allInitiatives().stream().filter(i -> i.path("goals").size() > 0).toList();
        assertThat(withGoals).hasSize(1);
        JsonNode initiative = withGoals.get(0);
        assertThat(initiative.path("title").asString()).startsWith("Projekt omvendt integration");
        JsonNode goal = initiative.path("goals").get(0);
        assertThat(goal.path("text").asString()).isEqualTo(m.group(1));
        assertThat(goal.path("kind").asString()).isEqualTo("activity");
        assertThat(goal.path("unit").asString()).isEqualTo("count");
        assertThat(goal.path("direction").asString()).isEqualTo("at_least");
        assertThat(goal.path("targets").size()).isEqualTo(1);
        assertThat(goal.path("targets").get(0).path("value").decimalValue()).isEqualByComparingTo(m.group(2));
        assertThat(goal.path("targets").get(0).has("period")).as("the source sets no period").isFalse();
    }

    // ---- chapter 4: result goals ----------------------------------------------------------------

    @Test
    void planGoalsAreTheTargetGroupIndicatorAndTheFourResultGoalsOfChapterFour() {
        List<String> bullets = resultGoalBullets();
        assertThat(bullets).hasSize(4);
        JsonNode goals = plan.path("goals");
        assertThat(goals.size()).isEqualTo(bullets.size() + 1);
        assertThat(goals.get(0).path("id").asString()).isEqualTo("maalgruppen");
        for (int i = 0; i < bullets.size(); i++) {
            JsonNode goal = goals.get(i + 1);
            assertThat(goal.path("text").asString()).isEqualTo(bullets.get(i));
            assertThat(goal.path("kind").asString()).isEqualTo("result");
            JsonNode target = goal.path("targets").get(0);
            assertThat(goal.path("targets").size()).isEqualTo(1);
            // the goals run to the end of the grant's period, "med udgangen af 2010" (line 341)
            assertThat(target.path("period").asString())
                    .isEqualTo(find("målet er \\d+ % med udgangen af (\\d{4})").group(1) + "-12-31");
            String text = bullets.get(i);
            Matcher change = Pattern.compile("nedbringes med mindst (\\d+) %").matcher(text);
            Matcher down = Pattern.compile("kommer ned på (\\d+) %").matcher(text);
            Matcher up = Pattern.compile("til ca\\. (\\d+) %|^(\\d+) % af").matcher(text);
            if (change.find()) {
                assertThat(target.path("changePercent").decimalValue())
                        .isEqualByComparingTo(new BigDecimal(change.group(1)).negate());
                assertThat(goal.path("direction").asString()).isEqualTo("at_most");
            } else if (down.find()) {
                assertThat(target.path("value").decimalValue()).isEqualByComparingTo(down.group(1));
                assertThat(goal.path("direction").asString()).isEqualTo("at_most");
                assertThat(goal.path("unit").asString()).isEqualTo("percent");
            } else {
                assertThat(up.find()).as("target of '%s'", text).isTrue();
                String v = up.group(1) != null ? up.group(1) : up.group(2);
                assertThat(target.path("value").decimalValue()).isEqualByComparingTo(v);
                assertThat(goal.path("direction").asString()).isEqualTo("at_least");
                assertThat(goal.path("unit").asString()).isEqualTo("percent");
            }
        }
    }

    @Test
    void goalStatusPassagesGiveBaselinesResultsAndJudgements() {
        List<String> bullets = resultGoalBullets();
        JsonNode goals = plan.path("goals");
        Pattern fromTo = Pattern.compile("fra (([\\d,]+)(?: %)? \\(([^)]+)\\)) til ([\\d,]+)(?: %)? \\(([^)]+)\\)\\. (.+)$");
        Pattern count = Pattern.compile("^(.*var (1\\. januar \\d{4}) i alt (\\d+)\\.) ((1\\. januar \\d{4}) var tallet faldet med "
                + "næsten (\\d+) % til (\\d+)\\. .+)$");
        int measured = 0;
        for (int i = 0; i < bullets.size(); i++) {
            JsonNode goal = goals.get(i + 1);
            String heading = bullets.get(i).replaceAll("\\.$", ":");
            int line = lines.indexOf(heading);
            if (line < 0) {
                assertThat(goal.has("results")).as("no status passage for '%s'", bullets.get(i)).isFalse();
                continue;
            }
            measured++;
            String passage = cleanSource(lines.get(nextNonBlankIndex(line)));
            JsonNode baseline = goal.path("baseline");
            assertThat(goal.path("results").size()).isEqualTo(1);
            JsonNode result = goal.path("results").get(0);
            Matcher a = fromTo.matcher(passage);
            Matcher b = count.matcher(passage);
            String rest;
            if (a.find()) {
                assertThat(baseline.path("value").decimalValue()).isEqualByComparingTo(danish(a.group(2)));
                assertThat(baseline.path("date").asString()).isEqualTo(BASELINE_DATE.get(a.group(3)));
                assertThat(baseline.path("text").asString()).isEqualTo(a.group(1));
                assertThat(result.path("value").decimalValue()).isEqualByComparingTo(danish(a.group(4)));
                assertThat(result.path("period").asString()).isEqualTo(RESULT_PERIOD.get(a.group(5)));
                rest = a.group(6);
                assertThat(result.path("text").asString()).isEqualTo(rest);
                Matcher t = Pattern.compile("(målet er (\\d+) % med udgangen af \\d{4} \\([^)]+\\))").matcher(passage);
                if (t.find()) {
                    JsonNode target = goal.path("targets").get(0);
                    assertThat(target.path("text").asString()).isEqualTo(t.group(1));
                    assertThat(target.path("value").decimalValue()).isEqualByComparingTo(t.group(2));
                }
            } else {
                assertThat(b.find()).as("status passage '%s'", passage).isTrue();
                assertThat(baseline.path("text").asString()).isEqualTo(b.group(1));
                assertThat(baseline.path("date").asString()).isEqualTo(BASELINE_DATE.get(b.group(2)));
                BigDecimal before = new BigDecimal(b.group(3));
                BigDecimal after = new BigDecimal(b.group(7));
                assertThat(baseline.path("value").decimalValue()).isEqualByComparingTo(before);
                assertThat(result.path("value").decimalValue()).isEqualByComparingTo(after);
                assertThat(result.path("period").asString()).isEqualTo(RESULT_PERIOD.get(b.group(5)));
                assertThat(result.path("text").asString()).isEqualTo(b.group(4));
                // "faldet med næsten 22 %": the computed fall is 21,9 %
                BigDecimal fall = before.subtract(after).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
                assertThat(fall).isLessThan(new BigDecimal(b.group(6)));
                assertThat(fall.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo(b.group(6));
                rest = b.group(4);
            }
            if (rest.endsWith("Målet er nået.")) {
                assertThat(result.path("assessment").asString()).isEqualTo("achieved");
            } else {
                assertThat(result.has("assessment")).isFalse();
            }
        }
        assertThat(measured).isEqualTo(3);
    }

    @Test
    void lastGoalCanFirstBeMeasuredInTheAutumnOf2008() {
        Matcher m = find("(Det sidste mål kan vil der først kunne afgives måleresultater for i efteråret (\\d{4}) [^.]*\\.)");
        JsonNode goal = plan.path("goals").get(plan.path("goals").size() - 1);
        JsonNode from = goal.path("measurableFrom");
        assertThat(from.path("text").asString()).isEqualTo(m.group(1));
        // "efteråret" (autumn) is read as October
        assertThat(from.path("period").asString()).isEqualTo(m.group(2) + "-10");
        assertThat(goal.has("results")).isFalse();
    }

    @Test
    void targetGroupDevelopmentIsADecreasingIndicatorWithItsMeasurementsAndForecast() {
        JsonNode goal = plan.path("goals").get(0);
        assertThat(goal.path("kind").asString()).isEqualTo("result");
        assertThat(goal.path("unit").asString()).isEqualTo("count");
        assertThat(goal.path("direction").asString()).isEqualTo("decrease");
        assertThat(goal.path("text").asString()).isEqualTo(find(
                "(Vurdering af resultatet af den samlede indsats for målgruppen sker derfor også ud fra [^.]*\\.)").group(1));

        Matcher base = find("(Målgruppen er af staten opgjort til ca\\. ([\\d.]+) i Københavns Kommune \\((medio \\d{4})\\))");
        JsonNode baseline = goal.path("baseline");
        assertThat(baseline.path("value").decimalValue()).isEqualByComparingTo(danish(base.group(2)));
        assertThat(baseline.path("date").asString()).isEqualTo(BASELINE_DATE.get(base.group(3)));
        assertThat(baseline.path("text").asString()).isEqualTo(base.group(1));
        assertThat(danish(find("blev beregnet, var på ca\\. ([\\d.]+) personer").group(1)))
                .isEqualByComparingTo(baseline.path("value").decimalValue());

        Matcher m = find("var (medio \\d{4}) reduceret til (\\d+), og (ultimo \\d{4}) yderligere til (\\d+), "
                + "altså et fald (\\d+) procentpoint\\. (Det betyder ikke nødvendigvis, at ca\\. \\d+ er kommet i arbejde\\.)");
        JsonNode results = goal.path("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).path("period").asString()).isEqualTo(RESULT_PERIOD.get(m.group(1)));
        assertThat(results.get(0).path("value").decimalValue()).isEqualByComparingTo(m.group(2));
        assertThat(results.get(1).path("period").asString()).isEqualTo(RESULT_PERIOD.get(m.group(3)));
        assertThat(results.get(1).path("value").decimalValue()).isEqualByComparingTo(m.group(4));
        assertThat(results.get(1).path("text").asString()).isEqualTo(m.group(6));

        Matcher f = find("(Det må forventes i (\\d{4}), at [^(]*\\(skønsmæssigt til ca\\. (\\d+)\\)[^.]*\\.)");
        JsonNode forecast = results.get(2);
        assertThat(forecast.path("period").asInt()).isEqualTo(Integer.parseInt(f.group(2)));
        assertThat(forecast.has("value")).isFalse();
        assertThat(forecast.path("forecast").path("value").decimalValue()).isEqualByComparingTo(f.group(3));
        assertThat(forecast.path("forecast").path("text").asString()).isEqualTo(f.group(1));
    }

    // ---- from the bundle back to the source ---------------------------------------------------

    @Test
    void everyTextOfTheBundleIsTheSourcesWording() {
        List<String> keys = List.of("title", "text", "heading", "conditions", "name");
        int checked = 0;
        for (Map.Entry<String, String> e : seed.strings()) {
            String path = e.getKey();
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!keys.contains(key) || LABEL_PATHS.contains(path)) {
                continue;
            }
            // paragraph by paragraph: a passage may skip what the bundle holds as data (the table)
            for (String paragraph : e.getValue().split("\n\n")) {
                String p = SeedSource.normalise(paragraph);
                assertThat(source.contains(p)).as("%s: '%s' is in the source", path, p).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void everyFigureOfTheBundleStandsInTheSource() {
        List<String> yearKeys = List.of("year", "from", "to", "start", "end", "period");
        for (Map.Entry<String, BigDecimal> e : seed.numbers()) {
            String key = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            if (yearKeys.contains(key)) {
                continue;
            }
            BigDecimal n = e.getValue().abs();
            assertThat(danishForms(n).stream().anyMatch(form -> Pattern.compile(form).matcher(source).find()))
                    .as("%s = %s in the source", e.getKey(), e.getValue()).isTrue();
        }
    }

    @Test
    void correctionsMendOnlyWhatTheSourceHas() {
        String raw = SeedSource.normalise(seed.source().replace("*", ""));
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            assertThat(raw).as("source has '%s'", c.getKey()).contains(c.getKey());
            assertThat(seed.bundleTextContains(c.getValue())).as("bundle has '%s'", c.getValue()).isTrue();
            assertThat(seed.bundleTextContains(c.getKey())).as("bundle lacks '%s'", c.getKey()).isFalse();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The source's text as the bundle words it: normalised, italics marks dropped, corrected. */
    private static String cleanSource(String raw) {
        String s = SeedSource.normalise(raw.replace("*", ""));
        for (Map.Entry<String, String> c : CORRECTIONS.entrySet()) {
            s = s.replace(c.getKey(), c.getValue());
        }
        return s;
    }

    /** Lines [from, to) of the source, without the rows of the allocation table. */
    private static String region(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(lines::get)
                .filter(l -> !l.contains("\t") && !l.trim().equals("<hr/>"))
                .collect(Collectors.joining("\n"));
    }

    private static Matcher find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        assertThat(m.find()).as("source matches %s", regex).isTrue();
        return m;
    }

    private static int indexOfLineMatching(String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        throw new AssertionError("no line matches " + regex);
    }

    private static int nextNonBlankIndex(int line) {
        int i = line + 1;
        while (lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String nextNonBlank(int line) {
        return lines.get(nextNonBlankIndex(line));
    }

    private static List<Integer> linesMatching(String regex) {
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).matches(regex)).boxed().toList();
    }

    /** "1. Baggrund …" … "4. Målopfyldelse …". */
    private static List<Integer> chapterLines() {
        List<Integer> chapters = linesMatching("\\d\\. \\p{Lu}.*");
        assertThat(chapters).hasSize(4);
        return chapters;
    }

    /** The headings of the plan's text blocks: chapters, "1: Proces.", and goal headings in chapter 4. */
    private static List<Integer> textHeadingLines() {
        List<Integer> headings = new ArrayList<>(chapterLines());
        List<Integer> parts = linesMatching("\\d: .+");
        assertThat(parts).hasSize(2);
        headings.addAll(parts);
        int chapter4 = chapterLines().get(3);
        List<String> bullets = resultGoalBullets();
        for (int i = chapter4; i < lines.size(); i++) {
            if (bullets.contains(cleanSource(lines.get(i)).replaceAll(":$", "."))) {
                headings.add(i);
            }
        }
        headings.sort(null);
        assertThat(headings).hasSize(9);
        return headings;
    }

    /** "A. …" … "D. …" (not the list items "- A. …"). */
    private static List<Integer> categoryLines() {
        return linesMatching("[A-D]\\. .+");
    }

    private static int statusLine(int category) {
        List<Integer> categories = categoryLines();
        int end = category + 1 < categories.size() ? categories.get(category + 1) : chapterLines().get(2);
        List<Integer> status = linesMatching("Status ultimo 2007[.:]").stream()
                .filter(i -> i > categories.get(category) && i < end).toList();
        assertThat(status).hasSize(1);
        return status.get(0);
    }

    private static List<String> resultGoalBullets() {
        int intro = indexOfLineMatching(".*fremgår nedenstående resultatmål:");
        List<String> bullets = new ArrayList<>();
        for (int i = nextNonBlankIndex(intro); lines.get(i).startsWith("- "); i++) {
            bullets.add(cleanSource(lines.get(i).substring(2)));
        }
        return bullets;
    }

    private static List<String[]> tableRows() {
        int start = indexOfLineMatching("Fordelingen af konsulenter .*:");
        List<String[]> rows = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).startsWith("I alt"); i++) {
            if (lines.get(i).matches(".+\t\\d+")) {
                rows.add(lines.get(i).split("\t"));
            }
        }
        return rows;
    }

    private static JsonNode grant() {
        JsonNode grants = plan.path("grants");
        assertThat(grants.size()).isEqualTo(1);
        return grants.get(0);
    }

    private static List<JsonNode> allocations(int year) {
        List<JsonNode> out = new ArrayList<>();
        grant().path("allocations").forEach(a -> {
            if (a.path("year").asInt() == year) {
                out.add(a);
            }
        });
        return out;
    }

    private static int sumFte(int year) {
        return allocations(year).stream().mapToInt(a -> a.path("fte").asInt()).sum();
    }

    private static JsonNode byYear(JsonNode list, String key, int year) {
        for (JsonNode n : list) {
            if (n.path(key).asInt() == year) {
                return n;
            }
        }
        throw new AssertionError("no entry with " + key + " " + year + " in " + list);
    }

    private static List<JsonNode> allInitiatives() {
        List<JsonNode> out = new ArrayList<>();
        plan.path("sections").forEach(s -> s.path("initiatives").forEach(out::add));
        return out;
    }

    /** A Danish figure: "26.898.526", "54,4", "14,530". */
    private static BigDecimal danish(String figure) {
        return new BigDecimal(figure.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal millions(String figure) {
        return danish(figure).movePointRight(6);
    }

    /** Ways the source may write a figure of the bundle, as regular expressions. */
    private static List<String> danishForms(BigDecimal n) {
        List<String> forms = new ArrayList<>();
        String plain = n.stripTrailingZeros().toPlainString();
        forms.add("(?<!\\d)(?<!\\d[.,])" + Pattern.quote(plain.replace('.', ',')) + "(?![\\d]|[.,]\\d)");
        if (n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0) {
            String grouped = String.format(java.util.Locale.ROOT, "%,d", n.toBigInteger()).replace(',', '.');
            forms.add("(?<!\\d)(?<!\\d[.,])" + Pattern.quote(grouped) + "(?![\\d]|[.,]\\d)");
        }
        if (n.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            String mill = n.movePointLeft(6).stripTrailingZeros().toPlainString().replace('.', ',');
            forms.add("(?<!\\d)(?<!\\d[.,])" + Pattern.quote(mill) + "0* mill");
        }
        return forms;
    }
}
