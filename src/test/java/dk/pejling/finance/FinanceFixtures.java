package dk.pejling.finance;

import dk.pejling.plan.Allocation;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Grant;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Direction;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.Target;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.UnitCost;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Plans and grants built by hand from the seed figures, until the bundle reader can load the
 * demo bundles: seed 004's job consultant grant, part of seed 002's catalogue and of seed 000's
 * status plan.
 */
final class FinanceFixtures {

    static final String[] UNITS = {
        "jc-musvaagevej", "jc-nyropsgade", "jc-skelbaekgade", "cjf-vester-soegade", "cab", "cbsi", "ckb"
    };
    private static final int[] STAFF = {31, 15, 16, 7, 12, 5, 7};

    private FinanceFixtures() {}

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }

    static BigDecimal kr(long amount) {
        return BigDecimal.valueOf(amount);
    }

    /** Seed 004, chapter 3 "Økonomi 2007": the state's job consultant grant to Københavns Kommune. */
    static Grant jobConsultantGrant() {
        return jobConsultantGrant(List.of(new CarryOver(2007, 2008, kr(14_000_000))), allocations2007And2008());
    }

    static Grant jobConsultantGrant(List<CarryOver> carryOver, List<Allocation> allocations) {
        return new Grant(
                "jobkonsulentpulje",
                "Statslig pulje til ansættelse af ekstra jobkonsulenter",
                "Beskæftigelsesministeriet",
                new PlanPeriod(Period.year(2007), Period.year(2010)),
                "Bevillingen gives alene til dækning af kommunale lønudgifter.",
                new UnitCost(kr(375_000), "jobkonsulent pr. år"),
                List.of(2007, 2008, 2009, 2010).stream().map(y -> new YearAmount(y, kr(26_898_526))).toList(),
                allocations,
                List.of(new YearAmount(2007, kr(12_500_000))),
                carryOver,
                List.of(new StatedAmount(2007, kr(14_530_000), "14,530 mill. kr."),
                        new StatedAmount(2008, kr(34_900_000), "34,9 mill. kr.")),
                List.of(new StatedAmount(2008, kr(40_900_000), "40,9 mill. kr. (2007 niveau)")),
                List.of(new StatedAmount(2007, kr(14_000_000), "ca. 14 mill. kr.")));
    }

    /** 93 consultants for 5 months of 2007, the same 93 for all of 2008. */
    static List<Allocation> allocations2007And2008() {
        List<Allocation> out = new java.util.ArrayList<>();
        for (int i = 0; i < UNITS.length; i++) {
            out.add(new Allocation(2007, UNITS[i], kr(STAFF[i]), kr(5), null));
        }
        for (int i = 0; i < UNITS.length; i++) {
            out.add(new Allocation(2008, UNITS[i], kr(STAFF[i]), null, null));
        }
        return out;
    }

    /** Seed 002: part of the 2019-22 catalogue, with its estimates, phasing and pay-for-results. */
    static Plan integrationCatalogue() {
        Section jobReady = section("pm1-jobparate-ledige", "Jobparate ledige",
                proposed("i1", "Håndholdt og kontinuerlig virksomhedsindsats", group(350, "borgere"),
                        financing("Min. 350 borgere til 4,4 mio. kr.", 4_400_000L, 350, true), null, List.of()),
                proposed("i2", "Opkvalificeringsindsats for beskæftigede borgere", group(100, "borgere"),
                        financing("100 borgere til 2,9 mio. kr.", 2_900_000L, 100, true), null, List.of()));
        Section women = section("pm1-kvinder-og-familieforsoergede", "Kvinder og familieforsørgede",
                proposed("i11", "Beskæftigelsesforløb i samarbejde med civilsamfundet", null,
                        financing("Såfremt 10 kvinder kommer i ordinær beskæftigelse i et helt år betales 1,3 mio. kr.",
                                1_300_000L, null, true),
                        womenIntoJobsTerms(), List.of(womenIntoJobsGoal(List.of()))));
        Section diversity = section("pm1-mangfoldig-rekruttering", "Mangfoldig rekruttering",
                proposed("i12", "Virksomhedsindsats til bekæmpelse af ubevidst diskrimination", null, null, null,
                        List.of()),
                proposed("i14", "Anonymiseret rekruttering", group(20, "virksomheder el. offentlige arbejdspladser"),
                        phased("Konceptet vurderes at kunne udarbejdes for 0,4 mio. i 2019 …", 500_000L, 20,
                                Map.of(2019, 400_000L, 2020, 500_000L, 2021, 500_000L, 2022, 500_000L)),
                        null, List.of()));
        Section jobs = new Section("pm1", "1", "Flere københavnere med minoritetsbaggrund skal i job", null,
                List.of(), List.of(), List.of(jobReady, women, diversity), List.of(), List.of(), List.of());
        // Not in the seed, where every priced initiative scales: a fixed price, to show a cost that does not follow its group.
        Section schools = section("pm2-laerere", "Lærere",
                proposed("x-fast-pris", "Metodehæfte til lærere (fast pris)", group(200, "lærere"),
                        new Financing("0,3 mio. kr. uanset antal lærere", kr(300_000), kr(200), false, null,
                                List.of(), List.of()),
                        null, List.of()));
        Section school = new Section("pm2", "2", "Flere københavnere med minoritetsbaggrund skal klare sig godt i folkeskolen",
                null, List.of(), List.of(), List.of(schools), List.of(), List.of(), List.of());
        return plan("kk-bruttokatalog-integrationshandleplan-2019-22", "Katalog", PlanStatus.DRAFT,
                List.of(jobs, school), List.of());
    }

    static PayForResults womenIntoJobsTerms() {
        return new PayForResults(
                "Såfremt 10 kvinder kommer i ordinær beskæftigelse i et helt år betales 1,3 mio. kr.",
                "i11-g1", PayRule.ALL_OR_NOTHING, kr(10), kr(1_300_000), null, null);
    }

    static Goal womenIntoJobsGoal(List<Result> results) {
        return new Goal("i11-g1", null, GoalKind.RESULT, "10 kvinder kommer i ordinær beskæftigelse i et helt år",
                MeasureUnit.COUNT, Direction.AT_LEAST, null, null, null, false, null,
                List.of(new Target(null, kr(10), null, null, null, null, null, null)), results);
    }

    /** Seed 000: three initiatives of the 2019-22 status with budgets and their 2019-2020 results. */
    static Plan integrationPlanStatus() {
        Initiative i1 = running("i1", "Håndholdt og vedvarende virksomhedsindsatser for ledige",
                budget(2019, 3_300_000L, 2020, 3_300_000L),
                goal("i1-g1", GoalKind.ACTIVITY, MeasureUnit.COUNT, result(2019, 508, null), result(2020, 537, null)),
                goal("i1-g4", GoalKind.RESULT, MeasureUnit.PERCENT, result(2019, 47, null), result(2020, 51, null)));
        Initiative i2 = running("i2", "Særlig virksomhedsrettet indsats for kvinder, med fokus på helbredsafklaring",
                budget(2019, 2_500_000L, 2020, 2_300_000L),
                goal("i2-g1", GoalKind.ACTIVITY, MeasureUnit.COUNT, result(2019, 167, null), result(2020, 162, null)));
        Initiative i6 = running("i6", "Fritidsjob til unge",
                budget(2019, 1_600_000L, 2020, 1_600_000L),
                goal("i6-g1", GoalKind.ACTIVITY, MeasureUnit.COUNT, result(2019, 110, null), result(2020, 110, null)),
                goal("i6-g2", GoalKind.RESULT, MeasureUnit.PERCENT, result(2019, 55, 110), result(2020, 77, 110)));
        Section young = new Section("unge", null, "Unge", null, List.of(), List.of(), List.of(), List.of(i6),
                List.of(), List.of());
        return plan("kk-integrationshandleplan-2019-22", "Handleplan", PlanStatus.ADOPTED, List.of(young),
                List.of(i1, i2));
    }

    static Plan plan(String id, String kind, PlanStatus status, List<Section> sections, List<Initiative> initiatives) {
        return new Plan(id, "Integrationshandleplan 2019-22", kind, "Københavns Kommune",
                "Beskæftigelses- og Integrationsudvalget", new PlanPeriod(Period.year(2019), Period.year(2022)),
                status, null, null, null, List.of(), null, List.of("Pejlemærke", "Fokusområde"), List.of(),
                List.of(), sections, initiatives, List.of());
    }

    static Section section(String id, String title, Initiative... initiatives) {
        return new Section(id, null, title, null, List.of(), List.of(), List.of(), Arrays.asList(initiatives),
                List.of(), List.of());
    }

    static Initiative proposed(String id, String title, @Nullable TargetGroup group, @Nullable Financing financing,
            @Nullable PayForResults terms, List<Goal> goals) {
        return new Initiative(id, null, title, InitiativeStatus.PROPOSED, null, null, false, null, null, null,
                group, financing, terms, List.of(), List.of(), List.of(), goals, List.of(), List.of(), List.of(), null);
    }

    static Initiative running(String id, String title, List<YearAmount> budget, Goal... goals) {
        return new Initiative(id, null, title, InitiativeStatus.RUNNING, null, null, false, null, null, null,
                null, null, null, budget, List.of(), List.of(), Arrays.asList(goals), List.of(), List.of(), List.of(), null);
    }

    static TargetGroup group(long size, String unit) {
        return new TargetGroup(size + " " + unit, kr(size), null, unit, Map.of(), List.of());
    }

    static Financing financing(String text, @Nullable Long amountPerYear, @Nullable Integer size, boolean scales) {
        return new Financing(text, amountPerYear == null ? null : kr(amountPerYear), size == null ? null : kr(size),
                scales, null, List.of(), List.of());
    }

    static Financing phased(String text, long amountPerYear, int size, Map<Integer, Long> years) {
        List<YearAmount> phases = new java.util.TreeMap<>(years).entrySet().stream()
                .map(e -> new YearAmount(e.getKey(), kr(e.getValue())))
                .toList();
        return new Financing(text, kr(amountPerYear), kr(size), true, null, phases, List.of());
    }

    static List<YearAmount> budget(int year1, long amount1, int year2, long amount2) {
        return List.of(new YearAmount(year1, kr(amount1)), new YearAmount(year2, kr(amount2)));
    }

    static Goal goal(String id, GoalKind kind, MeasureUnit unit, Result... results) {
        return new Goal(id, null, kind, id, unit, Direction.AT_LEAST, null, null, null, false, null, List.of(),
                Arrays.asList(results));
    }

    static Result result(int year, long value, @Nullable Integer of) {
        return new Result(Period.year(year), kr(value), of == null ? null : kr(of), null, Map.of(), null, null, null,
                null, null);
    }
}
