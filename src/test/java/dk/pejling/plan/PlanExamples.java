package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made plans at the edges of the model: every optional field set, none set, parts empty. */
final class PlanExamples {

    private PlanExamples() {}

    /** Every optional field set, every list filled, sections three deep, every kind of period. */
    static Plan everyOptionalFieldSet(String id) {
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        breakdown.put("Uddannelse", new BigDecimal("6"));
        breakdown.put("Løntilskud", new BigDecimal("2"));
        breakdown.put("Praktik", new BigDecimal("3.5"));
        breakdown.put("Ordinær beskæftigelse", new BigDecimal("-3"));
        Map<String, BigDecimal> groupParts = new LinkedHashMap<>();
        groupParts.put("Mænd", new BigDecimal("150"));
        groupParts.put("Kvinder", new BigDecimal("200"));
        Goal goal = new Goal("i1-g1", "1", GoalKind.RESULT, "Minimum 80 pct. kommer i job", MeasureUnit.PERCENT,
                Direction.WITHIN, "plan-g1", new Baseline(new BigDecimal("10.25"), Period.parse("2010-01-01"),
                        "I dag er niveauet 10 procent."),
                new BigDecimal("0.000001"), true, new MeasurableFrom(Period.parse("2009-Q3"), "Data kommer sent."),
                List.of(new Target(Period.parse("2009-Q3"), new BigDecimal("80"), new BigDecimal("-3"),
                                new BigDecimal("-10.5"), new BigDecimal("2"),
                                new Reference("på niveau med kommunen", new BigDecimal("10.7")), "mindst 80 pct.",
                                new Decision("BIU", LocalDate.of(2009, 11, 23), "BIU har besluttet det.")),
                        new Target(Period.parse("2010"), new BigDecimal("1234567890123.123456"), null, null, null,
                                null, null, null),
                        new Target(null, new BigDecimal("75"), null, null, null, null, "i hele perioden", null)),
                List.of(new Result(Period.parse("2009-Q3"), new BigDecimal("77"), new BigDecimal("110"),
                                "heraf er 77 ud af 110 i job", breakdown,
                                new Forecast(new BigDecimal("90"), "Målet nås inden årets udgang."),
                                Assessment.NOT_ACHIEVED, "Opgjort for sent", "Tallet er foreløbigt.",
                                LocalDate.of(2009, 11, 26)),
                        new Result(Period.parse("2010-02"), new BigDecimal("-0.5"), null, null, Map.of(), null, null,
                                null, null, null)));
        Initiative initiative = new Initiative("i1", "1", "Særlig virksomhedsrettet indsats", InitiativeStatus.ENDED,
                Period.parse("2009"), Period.parse("2010-12-31"), true, "Beskrivelse", "Inspiration", "Effekt",
                new TargetGroup("Ca. 350-400 borgere", new BigDecimal("350"), new BigDecimal("400"), "borgere", groupParts,
                        List.of(new TargetGroup.Count(new BigDecimal("15"), null, "skoler"),
                                new TargetGroup.Count(new BigDecimal("150"), new BigDecimal("200"), null),
                                new TargetGroup.Count(null, null, null))),
                new Financing("4,4 mio. kr.", new BigDecimal("4400000"), new BigDecimal("350"), true, "boligområde",
                        List.of(new YearAmount(2009, new BigDecimal("2200000.5")),
                                new YearAmount(2010, new BigDecimal("2200000"))),
                        List.of(new Financing.Variant("Ved udvidelse", new BigDecimal("3800000")),
                                new Financing.Variant(null, null))),
                new PayForResults("Betaling pr. borger i job", "i1-g1", PayRule.PER_OUTCOME, new BigDecimal("40"),
                        new BigDecimal("1000000"), new BigDecimal("25000"), new BigDecimal("2500000")),
                List.of(new YearAmount(2009, new BigDecimal("2500000")), new YearAmount(2010, new BigDecimal("2300000"))),
                List.of("jc-b", "jc-a"),
                List.of(new Funding("pulje", 2009, new BigDecimal("44"), new BigDecimal("37"), new BigDecimal("1.5")),
                        new Funding("pulje", null, null, null, null)),
                List.of(goal),
                List.of(new Report(Period.parse("2009-Q3"), "86 pct. er aktiveret", LocalDate.of(2009, 11, 26)),
                        new Report(Period.parse("2010"), "Godt i gang", null)),
                List.of(new Remark(Period.parse("2010"), "Målet blev ikke nået.")),
                List.of(new TitledText("Status", "Tekst"), new TitledText(null, "Uden overskrift"),
                        new TitledText("Overskrift alene", null)),
                new Origin("bruttokatalog-2019", "k3", new BigDecimal("1.25")));
        Initiative topLevel = new Initiative("i9", null, "Tværgående evaluering", null, null, null, false, null, null,
                null, null, null, null, List.of(), List.of("jc-a"), List.of(), List.of(
                        new Goal("i9-g1", null, GoalKind.ACTIVITY, "Evalueringen er gennemført", MeasureUnit.QUALITATIVE,
                                Direction.NONE, null, null, null, false, null,
                                List.of(new Target(Period.parse("2010"), null, null, null, null, null, "Gennemført", null)),
                                List.of(new Result(Period.parse("2010"), null, null, null, Map.of(), null,
                                        Assessment.ACHIEVED, null, null, null)))),
                List.of(), List.of(), List.of(), null);
        Section leaf = new Section("pm1-f1-k1", "1.1.1", "Kategori", "Formål", List.of(new TitledText("Om", "Tekst")),
                List.of(new Goal("k1-g1", "a", GoalKind.ACTIVITY, "Mindst 10 forløb", MeasureUnit.COUNT,
                        Direction.AT_LEAST, null, null, null, false, null, List.of(), List.of())),
                List.of(), List.of(initiative), List.of(new Funding("pulje", 2010, new BigDecimal("2"), null, null)),
                List.of(new Report(Period.parse("2010-06"), "Kategorien følger planen.", LocalDate.of(2010, 7, 1))));
        Section area = new Section("pm1-f1", "1.1", "Fokusområde", null, List.of(),
                List.of(new Goal("f1-g1", null, GoalKind.RESULT, "Ledigheden falder", MeasureUnit.PERCENTAGE_POINTS,
                        Direction.DECREASE, null, null, null, false, null, List.of(), List.of())),
                List.of(leaf), List.of(), List.of(), List.of());
        Section mark = new Section("pm1", "1", "Pejlemærke", "Flere i job", List.of(), List.of(), List.of(area),
                List.of(), List.of(new Funding("pulje", null, new BigDecimal("10"), new BigDecimal("8"), null)),
                List.of(new Report(Period.parse("2009"), "Godt på vej.", null)));
        Section second = new Section("pm2", "2", "Andet pejlemærke", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Grant grant = new Grant("pulje", "Jobkonsulentpuljen", "Beskæftigelsesministeriet",
                new PlanPeriod(Period.parse("2009-01-01"), Period.parse("2010-06")), "Kun lønudgifter",
                new UnitCost(new BigDecimal("375000"), "jobkonsulent pr. år"),
                List.of(new YearAmount(2009, new BigDecimal("26898526")), new YearAmount(2010, new BigDecimal("1.25"))),
                List.of(new Allocation(2009, "jc-a", new BigDecimal("31"), new BigDecimal("5"), null),
                        new Allocation(2009, "jc-b", null, null, new BigDecimal("100000"))),
                List.of(new YearAmount(2009, new BigDecimal("12500000"))),
                List.of(new CarryOver(2009, 2010, new BigDecimal("14398526"))),
                List.of(new StatedAmount(2010, new BigDecimal("20000000"), "forventet")),
                List.of(new StatedAmount(2010, new BigDecimal("34398526"), null)),
                List.of(new StatedAmount(2009, null, "ca. 14 mill. kr.")),
                List.of(new GrantCondition("Kun lønudgifter", GrantCondition.Kind.SALARY_ONLY, true, "Også husleje"),
                        new GrantCondition("Over 18 år", null, false, null)));
        return new Plan(id, "Handleplan 2009-10", "Handleplan", "Københavns Kommune", "BIU",
                new PlanPeriod(Period.parse("2009"), Period.parse("2010")), PlanStatus.CLOSED, LocalDate.of(2009, 11, 26),
                "Indledning", new DocumentInfo("Bilag 1", "Status for handleplanen", LocalDate.of(2008, 4, 24), "2008-1234", "5678-08"),
                List.of(new TitledText("Baggrund", "Tekst"), new TitledText("Økonomi", "Tekst")),
                new BigDecimal("1.5"), List.of("Pejlemærke", "Fokusområde", "Kategori"),
                List.of(new Unit("jc-a", "JC A"), new Unit("jc-b", "JC B")),
                List.of(new Goal("plan-g1", null, GoalKind.RESULT, "Flere i job", MeasureUnit.COUNT, Direction.AT_LEAST,
                        null, new Baseline(new BigDecimal("100"), null, null), null, false, null,
                        List.of(new Target(Period.month(YearMonth.of(2010, 6)), new BigDecimal("120"), null, null, null,
                                null, null, null)),
                        List.of())),
                List.of(mark, second), List.of(topLevel), List.of(grant),
                List.of(new YearAmount(2009, new BigDecimal("7300000")), new YearAmount(2010, new BigDecimal("0.25"))));
    }

    /** Only what the model requires: every optional field null, every list empty. */
    static Plan everyOptionalFieldEmpty(String id) {
        return new Plan(id, "Tom plan", null, null, null, new PlanPeriod(Period.parse("2020"), Period.parse("2020")),
                PlanStatus.DRAFT, null, null, null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(new Initiative("i1", null, "Indsats", null, null, null, false, null, null, null, null, null,
                        null, List.of(), List.of(), List.of(), List.of(
                                new Goal("g1", null, GoalKind.RESULT, "Mål", MeasureUnit.DKK, Direction.AT_MOST, null,
                                        null, null, false, null,
                                        List.of(new Target(Period.parse("2020"), null, null, null, null, null, null, null)),
                                        List.of(new Result(Period.parse("2020"), null, null, null, Map.of(), null, null,
                                                null, null, null)))),
                        List.of(), List.of(), List.of(), null)),
                List.of(new Grant("g", "Pulje", null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of())));
    }

    /** Optional parts present but with nothing in them: they must not come back as absent. */
    static Plan partsPresentButEmpty(String id) {
        return new Plan(id, "Plan med tomme dele", null, null, null,
                new PlanPeriod(Period.parse("2020"), Period.parse("2021")), PlanStatus.ADOPTED, null, null,
                new DocumentInfo(null, null, null, null, null), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(new Initiative("i1", null, "Indsats", null, null, null, false, null, null, null,
                        new TargetGroup(null, null, null, null, Map.of(), List.of()),
                        new Financing(null, null, null, false, null, List.of(), List.of()),
                        new PayForResults(null, null, null, null, null, null, null), List.of(), List.of(), List.of(),
                        List.of(new Goal("g1", null, GoalKind.ACTIVITY, "Mål", MeasureUnit.COUNT, Direction.EXACTLY,
                                null, new Baseline(null, null, null), null, false,
                                new MeasurableFrom(Period.parse("2021"), null),
                                List.of(new Target(Period.parse("2020"), null, null, null, null,
                                        new Reference("gennemsnittet", null), null, new Decision(null, null, null))),
                                List.of(new Result(Period.parse("2020"), null, null, null, Map.of(),
                                        new Forecast(null, null), null, null, null, null)))),
                        List.of(), List.of(), List.of(), null)),
                List.of());
    }
}
