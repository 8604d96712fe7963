package dk.pejling.bundle;

import dk.pejling.plan.Allocation;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Decision;
import dk.pejling.plan.Direction;
import dk.pejling.plan.DocumentInfo;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Forecast;
import dk.pejling.plan.Funding;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Origin;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Reference;
import dk.pejling.plan.Remark;
import dk.pejling.plan.Report;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.Target;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.TitledText;
import dk.pejling.plan.Unit;
import dk.pejling.plan.UnitCost;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan with every field of the bundle format set at least once, in the seeds' words. */
final class FullPlan {

    private FullPlan() {}

    static Plan plan() {
        return new Plan(
                "kk-integrationshandleplan-2019-22",
                "Integrationshandleplan 2019-22",
                "Handleplan",
                "Københavns Kommune",
                "Beskæftigelses- og Integrationsudvalget",
                new PlanPeriod(Period.year(2019), Period.year(2022)),
                PlanStatus.ADOPTED,
                LocalDate.of(2021, 2, 1),
                "Handleplanen udmønter: integrationspolitikken.\n\nDen har tre pejlemærker:\n- job\n- uddannelse",
                new DocumentInfo(
                        "BILAG 1",
                        "Bilag 1: Status 2019-2020 for indsatser i Integrationshandleplan 2019-22",
                        LocalDate.of(2021, 2, 1),
                        "2021-0012345",
                        "2021-0067890"),
                List.of(
                        new TitledText("Økonomi", "Der er afsat 3,3 mio. kr. årligt."),
                        new TitledText(null, "# ikke en overskrift"),
                        new TitledText("Proces", null)),
                new BigDecimal("0.5"),
                List.of("Pejlemærke", "Fokusområde"),
                List.of(new Unit("jc-musvaagevej", "JC Musvågevej"), new Unit("cbsi", "CBSI: \"Center\" for beskæftigelse")),
                List.of(planGoal()),
                List.of(section()),
                List.of(looseInitiative()),
                List.of(grant()),
                List.of(new YearAmount(2019, new BigDecimal("7300000")), new YearAmount(2020, new BigDecimal("7100000.5"))));
    }

    private static Goal planGoal() {
        return new Goal(
                "plan-g1",
                null,
                GoalKind.RESULT,
                "Overledigheden skal være maksimalt 5,8 procentpoint",
                MeasureUnit.PERCENTAGE_POINTS,
                Direction.AT_MOST,
                null,
                new Baseline(new BigDecimal("10.6"), Period.date(LocalDate.of(2010, 1, 1)), "Seneste status viser 10,6 procentpoint."),
                new BigDecimal("0.2"),
                false,
                new MeasurableFrom(Period.year(2020), "Data for 2019 foreligger først i 2021."),
                List.of(
                        new Target(Period.year(2022), new BigDecimal("5.8"), null, null, null, null, null, null),
                        new Target(null, new BigDecimal("400"), null, null, null, null, "Målet er, at 400 virksomheder deltager", null),
                        new Target(Period.year(2021), null, new BigDecimal("-2"), new BigDecimal("-10"), new BigDecimal("0.5"),
                                new Reference("på niveau med gennemsnittet for hele Københavns Kommune", new BigDecimal("10.7")),
                                "nedbringes med mindst 10 %", null)),
                List.of(new Result(Period.year(2020), new BigDecimal("7.25"), null, null, Map.of(), null, null, null, null, null)));
    }

    private static Section section() {
        Section focus = new Section(
                "fo1-1",
                "1.1",
                "Virksomhedsrettede indsatser",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(initiative()),
                List.of(new Funding("jobkonsulentpulje", 2020, new BigDecimal("18"), null, null)),
                List.of(new Report(Period.year(2020), "Status ultimo 2020: alle projekter er i gang.", null)));
        return new Section(
                "pm1",
                "1",
                "Flere københavnere med minoritetsbaggrund skal i job",
                "Formålet med fokusområdet er: flere i job.",
                List.of(new TitledText("Baggrund", "Tekst med 'enkelte' og \"dobbelte\" anførselstegn")),
                List.of(new Goal("pm1-g1", "1", GoalKind.RESULT, "Flere i job", MeasureUnit.QUALITATIVE, Direction.INCREASE,
                        "plan-g1", null, null, true, null, List.of(), List.of())),
                List.of(focus),
                List.of(),
                List.of(),
                List.of());
    }

    private static Map<String, BigDecimal> breakdown(String... namesAndFigures) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFigures.length; i += 2) {
            out.put(namesAndFigures[i], new BigDecimal(namesAndFigures[i + 1]));
        }
        return out;
    }

    private static Initiative initiative() {
        Map<String, BigDecimal> breakdown =
                breakdown("Løntilskud", "2", "Praktik", "3", "Ordinær beskæftigelse: fuld tid", "3");
        Goal activity = new Goal(
                "i2-g1",
                "1",
                GoalKind.ACTIVITY,
                "Minimum 135 udsatte ledige, særligt kvinder deltager i indsatsen årligt.",
                MeasureUnit.COUNT,
                Direction.AT_LEAST,
                "pm1-g1",
                new Baseline(new BigDecimal("100"), Period.year(2018), null),
                null,
                false,
                null,
                List.of(
                        new Target(Period.year(2019), new BigDecimal("135"), null, null, null, null, null, null),
                        new Target(Period.year(2021), new BigDecimal("195"), null, null, null, null, null,
                                new Decision("BIU", LocalDate.of(2020, 11, 23),
                                        "BIU har 23.11.2020 besluttet at nedjustere målet for 2021 til 195."))),
                List.of(
                        new Result(Period.year(2019), new BigDecimal("167"), null, null, Map.of(), null, null, null, null,
                                LocalDate.of(2020, 2, 1)),
                        new Result(Period.quarter(2020, 3), new BigDecimal("14"), new BigDecimal("110"),
                                "heraf er 77 ud af 110 matchet med fritidsjob hos private", breakdown,
                                new Forecast(new BigDecimal("90"), "Det forventes, at målet om 90 pct. er nået inden årets udgang."),
                                Assessment.PENDING, "Tallet er foreløbigt", "Opgjort # manuelt", null),
                        new Result(Period.month(YearMonth.of(2020, 12)), null, null, null, Map.of(), null,
                                Assessment.NOT_STARTED, null, null, null),
                        new Result(Period.date(LocalDate.of(2021, 6, 30)), new BigDecimal("-0.125"), null, null, Map.of(),
                                new Forecast(null, null), null, null, null, null)));
        return new Initiative(
                "i2",
                "2",
                "Særlig virksomhedsrettet indsats for kvinder, med fokus på helbredsafklaring",
                InitiativeStatus.RUNNING,
                Period.year(2019),
                Period.date(LocalDate.of(2020, 12, 31)),
                true,
                "Indsatsen: håndholdt.\n  indrykket linje\nslut ",
                "Inspiration fra Aarhus",
                "Forventet effekt: 40 pct. i job",
                new TargetGroup("8-10 foreninger, 20 kvinder og 20 mænd", new BigDecimal("8"), new BigDecimal("10"), "foreninger",
                        breakdown("kvinder", "20", "mænd", "20"),
                        List.of(new TargetGroup.Count(new BigDecimal("15"), null, "skoler"),
                                new TargetGroup.Count(new BigDecimal("150"), new BigDecimal("200"), "borgere"))),
                new Financing("Min. 350 borgere til 4,4 mio. kr.", new BigDecimal("4400000"), new BigDecimal("350"), true,
                        "boligområde",
                        List.of(new YearAmount(2019, new BigDecimal("4400000")), new YearAmount(2020, new BigDecimal("3900000.5"))),
                        List.of(new Financing.Variant("ved udvidelse ca. 3,8 mio. kr. årligt", new BigDecimal("3800000")),
                                new Financing.Variant(null, null))),
                new PayForResults("Betaling for resultater", "i2-g1", PayRule.PER_OUTCOME, new BigDecimal("10"),
                        new BigDecimal("500000"), new BigDecimal("25000"), new BigDecimal("1000000")),
                List.of(new YearAmount(2019, new BigDecimal("2500000")), new YearAmount(2020, new BigDecimal("2300000"))),
                List.of("jc-musvaagevej", "cbsi"),
                List.of(new Funding("jobkonsulentpulje", 2019, new BigDecimal("44"), new BigDecimal("37"), new BigDecimal("0.001"))),
                List.of(activity),
                List.of(new Report(Period.quarter(2019, 3), "86 pct. ud af målgruppen er aktiveret ...", LocalDate.of(2019, 11, 26))),
                List.of(new Remark(Period.year(2020), "Afgang til beskæftigelse og uddannelse var over målniveauet ...")),
                List.of(new TitledText("Status", "yes")),
                new Origin("katalog", "k7", new BigDecimal("1.5")));
    }

    private static Initiative looseInitiative() {
        return new Initiative("i9", null, "Indsats uden for træet", null, null, null, false, null, null, null, null,
                new Financing(null, null, null, false, null, List.of(), List.of()), new PayForResults(null, null, PayRule.ALL_OR_NOTHING,
                        null, null, null, null),
                List.of(), List.of(), List.of(new Funding("jobkonsulentpulje", null, null, null, null)),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private static Grant grant() {
        return new Grant(
                "jobkonsulentpulje",
                "Statslig pulje til ansættelse af ekstra jobkonsulenter",
                "Beskæftigelsesministeriet",
                new PlanPeriod(Period.year(2019), Period.year(2023)),
                "Bevillingen gives alene til dækning af kommunale lønudgifter.",
                new UnitCost(new BigDecimal("375000"), "jobkonsulent pr. år"),
                List.of(new YearAmount(2019, new BigDecimal("26898526"))),
                List.of(
                        new Allocation(2019, "jc-musvaagevej", new BigDecimal("31"), new BigDecimal("5"), null),
                        new Allocation(2020, "cbsi", null, null, new BigDecimal("1200000"))),
                List.of(new YearAmount(2019, new BigDecimal("12500000"))),
                List.of(new CarryOver(2019, 2020, new BigDecimal("14000000"))),
                List.of(new StatedAmount(2023, new BigDecimal("10000000"), "forventet udgift 2023")),
                List.of(new StatedAmount(2020, null, "puljen som opgjort af staten")),
                List.of(new StatedAmount(2019, new BigDecimal("14000000"), "ca. 14 mill. kr.")),
                List.of(
                        new GrantCondition("Bevillingen gives alene til dækning af kommunale lønudgifter.",
                                GrantCondition.Kind.SALARY_ONLY, true, "Projekterne medførte også andre udgifter."),
                        new GrantCondition("Ydelsesmodtagere over 18 år", null, false, null)));
    }
}
