package dk.pejling.plan;

import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic plans of any size for benchmarks, load tests and round-trip tests: pejlemærker with
 * fokusområder, numbered initiatives with units, budgets, goals of every unit and direction with
 * targets and results for every period, reports, remarks and a state grant. The same arguments
 * always give the same plan.
 */
public final class SyntheticPlans {

    static final int FIRST_YEAR = 2019;
    /** More periods than this are quarters; fewer or as many are years. */
    private static final int MAX_YEARS = 6;
    static final String GRANT_ID = "jobkonsulentpulje";

    private static final List<Unit> UNITS = List.of(
            new Unit("jc-musvaagevej", "JC Musvågevej"),
            new Unit("jc-faelledvej", "JC Fælledvej"),
            new Unit("cbsi", "CBSI"),
            new Unit("ungecenter", "Ungecentret"),
            new Unit("virksomhedsservice", "Virksomhedsservice"));
    private static final List<String> MARKS = List.of(
            "Flere københavnere i job", "Flere unge i uddannelse", "Stærkere samarbejde med virksomhederne",
            "Bedre helbred og trivsel");
    private static final List<String> AREAS = List.of(
            "Virksomhedsrettede forløb", "Mentor og brobygning", "Sprog og opkvalificering", "Helbredsafklaring",
            "Fastholdelse i job");
    private static final List<String> WORK = List.of(
            "Særlig virksomhedsrettet indsats", "Mentorforløb", "Jobparate forløb", "Brobygningsforløb",
            "Sprogcentrets jobspor", "Helhedsorienteret indsats", "Fritidsjob og netværk", "Opsøgende indsats");
    private static final List<String> GROUPS = List.of(
            "kvinder med minoritetsbaggrund", "unge under 30 år", "ledige over 50 år", "nyankomne flygtninge",
            "sygedagpengemodtagere", "aktivitetsparate kontanthjælpsmodtagere");
    private static final List<String> FOCUS = List.of(
            "helbredsafklaring", "praktik i private virksomheder", "uddannelse", "ordinære løntimer");
    private static final InitiativeStatus[] STATUSES = {
        InitiativeStatus.RUNNING, InitiativeStatus.RUNNING, InitiativeStatus.ADOPTED, InitiativeStatus.ENDED,
        InitiativeStatus.PROPOSED, InitiativeStatus.CANCELLED
    };

    private final Random random;
    private final List<Period> periods;
    private final List<Integer> years;
    private final SyntheticGoals goals;
    private final int goalsPerInitiative;

    private SyntheticPlans(int goalsPerInitiative, int periodCount, long seed) {
        this.random = new Random(seed);
        this.goalsPerInitiative = goalsPerInitiative;
        List<Period> list = new ArrayList<>();
        for (int p = 0; p < periodCount; p++) {
            list.add(periodCount <= MAX_YEARS ? Period.year(FIRST_YEAR + p) : Period.quarter(FIRST_YEAR + p / 4, p % 4 + 1));
        }
        this.periods = List.copyOf(list);
        List<Integer> yearList = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= periods.get(periods.size() - 1).year(); y++) {
            yearList.add(y);
        }
        this.years = List.copyOf(yearList);
        this.goals = new SyntheticGoals(random, periods, LocalDate.of(FIRST_YEAR, 1, 1));
    }

    /**
     * A plan with {@code initiatives} numbered initiatives, each with {@code goalsPerInitiative}
     * goals that have a target and a result for each of {@code periods} periods (years up to six,
     * quarters beyond, from 2019). All but the last initiative sit in the section tree.
     */
    public static Plan generate(String planId, int initiatives, int goalsPerInitiative, int periods, long seed) {
        if (initiatives < 0 || goalsPerInitiative < 0 || periods < 1) {
            throw new IllegalArgumentException("initiatives and goals must not be negative, periods at least 1");
        }
        return new SyntheticPlans(goalsPerInitiative, periods, seed).plan(planId, initiatives);
    }

    private Plan plan(String planId, int initiativeCount) {
        int lastYear = years.get(years.size() - 1);
        PlanPeriod period = new PlanPeriod(Period.year(FIRST_YEAR), Period.year(lastYear));
        int inTree = initiativeCount > 1 ? initiativeCount - 1 : initiativeCount;
        List<Section> sections = sections(inTree);
        List<Initiative> topLevel = new ArrayList<>();
        for (int n = inTree + 1; n <= initiativeCount; n++) {
            topLevel.add(initiative(n));
        }
        String yearsText = FIRST_YEAR + "-" + String.valueOf(lastYear).substring(2);
        return new Plan(planId, "Syntetisk beskæftigelsesplan " + yearsText, "Handleplan", "Københavns Kommune",
                "Beskæftigelses- og Integrationsudvalget", period, PlanStatus.ADOPTED, LocalDate.of(lastYear, 6, 30),
                "Planen samler kommunens indsatser for at få flere borgere i job og uddannelse.",
                new DocumentInfo("Bilag 1", "Status " + yearsText + " for indsatser i beskæftigelsesplanen",
                        LocalDate.of(lastYear, 4, 24), "2019-0123456", "1234567-19"),
                List.of(new TitledText("Baggrund", "Planen bygger på erfaringerne fra de seneste år.\n\n"
                                + "- Flere borgere skal i job\n- Flere unge skal i uddannelse"),
                        new TitledText("Økonomi", "Indsatserne finansieres af kommunens budget og af statslige puljer.")),
                dec(1), List.of("Pejlemærke", "Fokusområde"), UNITS, List.of(), sections, List.copyOf(topLevel),
                List.of(grant(period)), List.of());
    }

    /** Pejlemærker with two or three fokusområder each; initiatives 1..count fill them in order. */
    private List<Section> sections(int count) {
        int marks = Math.max(1, Math.min(MARKS.size(), (count + 19) / 20));
        int[] areasPerMark = new int[marks];
        int areaTotal = 0;
        for (int m = 0; m < marks; m++) {
            areasPerMark[m] = 2 + random.nextInt(2);
            areaTotal += areasPerMark[m];
        }
        List<Section> out = new ArrayList<>();
        int next = 1;
        int area = 0;
        for (int m = 0; m < marks; m++) {
            List<Section> areas = new ArrayList<>();
            for (int a = 0; a < areasPerMark[m]; a++, area++) {
                int upTo = (int) ((long) count * (area + 1) / areaTotal);
                List<Initiative> initiatives = new ArrayList<>();
                for (; next <= upTo; next++) {
                    initiatives.add(initiative(next));
                }
                String id = "pm" + (m + 1) + "-f" + (a + 1);
                areas.add(new Section(id, (m + 1) + "." + (a + 1), AREAS.get(area % AREAS.size()),
                        a % 2 == 0 ? "Formålet med fokusområdet er at styrke indsatsen." : null,
                        a == 1 ? List.of(new TitledText("Målgruppe", "Borgere langt fra arbejdsmarkedet.")) : List.of(),
                        List.of(), List.of(), List.copyOf(initiatives), List.of(), a == 0 ? areaReports() : List.of()));
            }
            out.add(new Section("pm" + (m + 1), Integer.toString(m + 1), MARKS.get(m),
                    "Pejlemærket samler indsatser med samme retning.", List.of(), List.of(), List.copyOf(areas),
                    List.of(), m == 0 ? List.of(new Funding(GRANT_ID, FIRST_YEAR, dec(4), dec(3), null)) : List.of(),
                    List.of()));
        }
        return List.copyOf(out);
    }

    private List<Report> areaReports() {
        List<Report> out = new ArrayList<>();
        for (int year : years) {
            out.add(new Report(Period.year(year), "Fokusområdet følger planen.", null));
        }
        return List.copyOf(out);
    }

    private TargetGroup targetGroup(int size, int n) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        if (n % 6 == 0) {
            parts.put("Kvinder", dec(size * 3 / 5));
            parts.put("Mænd", dec(size - size * 3 / 5));
        }
        return new TargetGroup((n % 4 == 2 ? "Ca. " + size + "-" + (size + 50) : "Min. " + size) + " borgere", dec(size),
                n % 4 == 2 ? dec(size + 50) : null, "borgere", parts,
                n % 8 == 1 ? List.of(new TargetGroup.Count(dec(15), null, "skoler")) : List.of());
    }

    private Initiative initiative(int n) {
        String id = "i" + n;
        String title = WORK.get(random.nextInt(WORK.size())) + " for " + GROUPS.get(random.nextInt(GROUPS.size()))
                + (n % 3 == 0 ? ", med fokus på " + FOCUS.get(random.nextInt(FOCUS.size())) : "");
        InitiativeStatus status = STATUSES[random.nextInt(STATUSES.length)];
        int lastYear = years.get(years.size() - 1);
        Period start = n % 5 == 4 ? null : Period.year(FIRST_YEAR + random.nextInt(years.size()));
        Period end = status == InitiativeStatus.ENDED && start != null ? Period.year(start.year() + random.nextInt(
                lastYear - start.year() + 1)) : null;
        int size = 50 * (1 + random.nextInt(20));
        List<YearAmount> budget = new ArrayList<>();
        for (int year : years) {
            budget.add(new YearAmount(year, dec(100_000L * (5 + random.nextInt(40)))));
        }
        List<String> units = random.nextInt(3) == 0
                ? List.of(UNITS.get(n % UNITS.size()).id(), UNITS.get((n + 2) % UNITS.size()).id())
                : List.of(UNITS.get(n % UNITS.size()).id());
        List<Goal> goalList = goals.forInitiative(id, goalsPerInitiative, (n - 1) * goalsPerInitiative);
        return new Initiative(id, Integer.toString(n), title, status, start, end, random.nextBoolean(),
                "Indsatsen giver borgerne et forløb tæt på arbejdsmarkedet med en fast kontaktperson.",
                n % 4 == 0 ? "Inspireret af erfaringer fra Aarhus Kommune." : null,
                n % 3 == 0 ? "Forventet effekt: flere i ordinær beskæftigelse efter et år." : null,
                n % 7 == 3 ? null : targetGroup(size, n),
                n % 5 == 0 ? financing(size, n) : null,
                n % 25 == 7 ? payForResults(n, goalList) : null,
                List.copyOf(budget), units,
                n % 4 == 1 ? List.of(new Funding(GRANT_ID, FIRST_YEAR, dec(2 + random.nextInt(10)),
                        dec(1 + random.nextInt(2)), null)) : List.of(),
                goalList, reports(n), remarks(n),
                n % 6 == 0 ? List.of(new TitledText("Status", "Indsatsen er godt i gang."),
                        new TitledText(null, "Der er ansat to nye medarbejdere.")) : List.of(),
                n % 8 == 3 ? new Origin("bruttokatalog", "k" + n, n % 16 == 3 ? dec(2) : null) : null);
    }

    private Financing financing(int size, int n) {
        List<YearAmount> phased = new ArrayList<>();
        if (n % 10 == 0) {
            for (int year : years) {
                phased.add(new YearAmount(year, dec(250_000L * (1 + random.nextInt(8)))));
            }
        }
        BigDecimal perYear = dec(100_000L * (10 + random.nextInt(40)));
        return new Financing("Min. " + size + " borgere til " + perYear.toPlainString() + " kr.", perYear, dec(size),
                n % 10 == 0, n % 10 == 5 ? "boligområde" : null, List.copyOf(phased),
                n % 10 == 0 ? List.of(new Financing.Variant("Ved udvidelse", perYear.add(dec(500_000)))) : List.of());
    }

    private PayForResults payForResults(int n, List<Goal> goalList) {
        boolean perOutcome = n % 2 == 1;
        return new PayForResults("Leverandøren får betaling for hver borger i job.",
                goalList.isEmpty() ? null : goalList.get(0).id(),
                perOutcome ? PayRule.PER_OUTCOME : PayRule.ALL_OR_NOTHING, perOutcome ? null : dec(40),
                perOutcome ? null : dec(1_000_000), perOutcome ? dec(25_000) : null, perOutcome ? dec(2_500_000) : null);
    }

    private List<Report> reports(int n) {
        List<Report> out = new ArrayList<>();
        for (int year : years) {
            out.add(new Report(Period.year(year), (40 + random.nextInt(60)) + " pct. af målgruppen er aktiveret.",
                    n % 2 == 0 ? LocalDate.of(year, 11, 26) : null));
        }
        return List.copyOf(out);
    }

    private List<Remark> remarks(int n) {
        if (n % 3 != 0) {
            return List.of();
        }
        List<Remark> out = new ArrayList<>();
        for (int year : years) {
            if (random.nextBoolean()) {
                out.add(new Remark(Period.year(year),
                        "Målet blev ikke nået, fordi opstarten blev forsinket. Indsatsen er nu fuldt bemandet."));
            }
        }
        return List.copyOf(out);
    }

    private Grant grant(PlanPeriod period) {
        BigDecimal unitCost = dec(375_000);
        List<YearAmount> awards = new ArrayList<>();
        List<YearAmount> spending = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        List<CarryOver> carryOver = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            BigDecimal award = dec(20_000_000L + random.nextInt(10_000_000));
            BigDecimal spent = dec(award.add(carried).longValue() * (60 + random.nextInt(40)) / 100);
            awards.add(new YearAmount(year, award));
            spending.add(new YearAmount(year, spent));
            for (int u = 0; u < 3; u++) {
                allocations.add(new Allocation(year, UNITS.get(u).id(), dec(5 + random.nextInt(30)),
                        u == 2 ? dec(5) : null, u == 1 ? dec(1_000_000L * (1 + random.nextInt(5))) : null));
            }
            carried = Decimals.normal(award.add(carried).subtract(spent));
            if (i < years.size() - 1 && carried.signum() > 0) {
                carryOver.add(new CarryOver(year, year + 1, carried));
            }
        }
        int lastYear = years.get(years.size() - 1);
        return new Grant(GRANT_ID, "Statslig pulje til ansættelse af ekstra jobkonsulenter", "Beskæftigelsesministeriet",
                period, "Bevillingen gives alene til dækning af kommunale lønudgifter.",
                new UnitCost(unitCost, "jobkonsulent pr. år"), List.copyOf(awards), List.copyOf(allocations),
                List.copyOf(spending), List.copyOf(carryOver),
                List.of(new StatedAmount(lastYear, dec(26_898_526), "Forventet udgift 26.898.526 kr.")),
                List.of(new StatedAmount(FIRST_YEAR, spending.get(0).amount(), null)),
                List.of(new StatedAmount(FIRST_YEAR, null, "ca. 14 mill. kr.")));
    }

    private static BigDecimal dec(long value) {
        return Decimals.normal(BigDecimal.valueOf(value));
    }
}
