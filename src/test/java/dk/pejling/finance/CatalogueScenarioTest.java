package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.integrationCatalogue;
import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.Origin;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Section;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 002: picking from the 2019-22 catalogue (4,4 mio. kr. for 350 borgere, 2,9 mio. kr. for 100 …). */
class CatalogueScenarioTest {

    private static final Years PLAN_YEARS = Years.of(2019, 2022);

    private final Plan catalogue = integrationCatalogue();
    private final CatalogueScenario nothingPicked = CatalogueScenario.of(catalogue);

    /** i1 for 525 borgere instead of 350 (6,6 mio. kr.), i2 as stated (2,9), i14 phased (0,4 then 0,5). */
    private CatalogueScenario scenario() {
        return nothingPicked.pick("i14", "i1", "i2").scaleTargetGroup("i1", kr(525));
    }

    private static Map<Integer, BigDecimal> frame(long perYear) {
        return Map.of(2019, kr(perYear), 2020, kr(perYear), 2021, kr(perYear), 2022, kr(perYear));
    }

    @Test
    void totalsAreTheYearlyAmountsOfThePickedInitiatives() {
        CatalogueScenario picked = nothingPicked.pick("i1", "i2");

        assertThat(picked.totals(PLAN_YEARS).values()).allSatisfy(t -> assertThat(t).isEqualByComparingTo("7300000"));
        assertThat(picked.totals(PLAN_YEARS)).containsOnlyKeys(2019, 2020, 2021, 2022);
    }

    @Test
    void phasedYearsReplaceTheYearlyAmountAndAYearOutsideThemCostsNothing() {
        assertThat(nothingPicked.cost("i14", Years.of(2019, 2023)))
                .containsExactly(entry(2019, kr(400_000)), entry(2020, kr(500_000)), entry(2021, kr(500_000)),
                        entry(2022, kr(500_000)));
    }

    @Test
    void doublingATargetGroupDoublesItsCost() {
        CatalogueScenario doubled = nothingPicked.pick("i1").scaleTargetGroup("i1", kr(700));

        assertThat(doubled.cost("i1", PLAN_YEARS).get(2019)).isEqualByComparingTo("8800000");
        assertThat(doubled.scale("i1")).isEqualByComparingTo("2");
        assertThat(doubled.targetGroupSize("i1")).hasValue(kr(700));
    }

    @Test
    void aFixedPriceDoesNotFollowItsTargetGroup() {
        CatalogueScenario larger = nothingPicked.pick("x-fast-pris").scaleTargetGroup("x-fast-pris", kr(400));

        assertThat(larger.cost("x-fast-pris", PLAN_YEARS).get(2020)).isEqualByComparingTo("300000");
    }

    @Test
    void aScenarioWithOneScaledInitiativeFitsAFrameOf10MillionAYear() {
        List<FrameBalance> balance = scenario().against(frame(10_000_000));

        assertThat(balance).extracting(FrameBalance::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(kr(9_900_000), kr(10_000_000), kr(10_000_000), kr(10_000_000));
        assertThat(balance).noneMatch(FrameBalance::isOver);
        assertThat(balance.get(0).left()).isEqualByComparingTo("100000");
    }

    @Test
    void theSameScenarioGoesOverAFrameOf9Point95MillionFrom2020() {
        List<FrameBalance> balance = scenario().against(frame(9_950_000));

        assertThat(balance).filteredOn(FrameBalance::isOver).extracting(FrameBalance::year)
                .containsExactly(2020, 2021, 2022);
        assertThat(balance.get(1).left()).isEqualByComparingTo("-50000");
    }

    @Test
    void pickedInitiativesWithoutAnAmountAreNamedAndCountNothing() {
        CatalogueScenario withUnpriced = nothingPicked.pick("i2", "i12");

        assertThat(withUnpriced.unpriced()).extracting(Initiative::id).containsExactly("i12");
        assertThat(withUnpriced.totals(PLAN_YEARS).get(2019)).isEqualByComparingTo("2900000");
    }

    @Test
    void droppingAnInitiativeTakesItOutOfTheTotals() {
        assertThat(scenario().drop("i1").totals(PLAN_YEARS).get(2019)).isEqualByComparingTo("3300000");
    }

    @Test
    void refusesToScaleAGroupTheCatalogueGivesNoSizeFor() {
        assertThatThrownBy(() -> nothingPicked.scaleTargetGroup("i11", kr(20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i11");
        assertThatThrownBy(() -> nothingPicked.scaleTargetGroup("i1", kr(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnInitiativeTheCatalogueDoesNotHold() {
        assertThatThrownBy(() -> nothingPicked.pick("i99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i99");
    }

    @Test
    void adoptingMakesAnAdoptedActionPlanOfThePickedInitiativesWithTheScenarioAsBudget() {
        Plan plan = scenario().adopt("kk-integrationshandleplan-2019-22", "Integrationshandleplan 2019-22",
                PLAN_YEARS);

        assertThat(plan.id()).isEqualTo("kk-integrationshandleplan-2019-22");
        assertThat(plan.kind()).isEqualTo("Handleplan");
        assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(plan.period().toString()).isEqualTo("2019–2022");
        assertThat(plan.grants()).isEmpty();
        assertThat(plan.allInitiatives()).extracting(Initiative::id).containsExactly("i1", "i2", "i14");
        assertThat(plan.allInitiatives()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(InitiativeStatus.ADOPTED);
            assertThat(i.financing()).isNull();
        });
        Initiative i1 = plan.initiative("i1").orElseThrow();
        assertThat(i1.budget()).containsExactly(new YearAmount(2019, kr(6_600_000)), new YearAmount(2020, kr(6_600_000)),
                new YearAmount(2021, kr(6_600_000)), new YearAmount(2022, kr(6_600_000)));
        assertThat(plan.initiative("i14").orElseThrow().budget().get(0)).isEqualTo(new YearAmount(2019, kr(400_000)));
    }

    @Test
    void anAdoptedPlanKeepsOnlyTheCatalogueSectionsThatHoldPickedInitiatives() {
        Plan plan = scenario().adopt("ny-plan", "Ny plan", PLAN_YEARS);

        assertThat(plan.sections()).extracting(Section::id).containsExactly("pm1");
        assertThat(plan.sections().get(0).sections()).extracting(Section::id)
                .containsExactly("pm1-jobparate-ledige", "pm1-mangfoldig-rekruttering");
        assertThat(plan.levels()).containsExactly("Pejlemærke", "Fokusområde");
    }

    @Test
    void anAdoptedScaledTargetGroupHasItsNewSizeAndDropsTheCataloguesWording() {
        Plan plan = scenario().adopt("ny-plan", "Ny plan", PLAN_YEARS);

        assertThat(plan.initiative("i1").orElseThrow().targetGroup()).satisfies(g -> {
            assertThat(g.size()).isEqualTo(kr(525));
            assertThat(g.text()).isNull();
            assertThat(g.unit()).isEqualTo("borgere");
        });
        assertThat(plan.initiative("i2").orElseThrow().targetGroup().text()).isEqualTo("100 borgere");
    }

    @Test
    void anAdoptedPlanHoldsItsAmountsInNormalFormSoThatItComparesEqualAfterStorage() {
        Plan plan = nothingPicked.pick("i1").scaleTargetGroup("i1", new BigDecimal("700.00"))
                .adopt("ny-plan", "Ny plan", PLAN_YEARS);

        Initiative i1 = plan.initiative("i1").orElseThrow();
        assertThat(i1.budget()).allSatisfy(b -> assertThat(b.amount()).isEqualTo(Decimals.normal(b.amount())));
        assertThat(i1.targetGroup().size()).isEqualTo(Decimals.normal(i1.targetGroup().size()));
        assertThat(i1.budget().get(0).amount()).isEqualTo(kr(8_800_000));
    }

    @Test
    void everyAdoptedInitiativeLinksBackToItsCatalogueEntryWithItsScale() {
        Plan plan = scenario().adopt("ny-plan", "Ny plan", PLAN_YEARS);

        assertThat(plan.initiative("i1").orElseThrow().origin())
                .isEqualTo(new Origin(catalogue.id(), "i1", new BigDecimal("1.5")));
        assertThat(plan.initiative("i2").orElseThrow().origin()).isEqualTo(new Origin(catalogue.id(), "i2", null));
    }

    @Test
    void aScaleWithoutAnExactDecimalIsKeptToSixDecimals() {
        Plan plan = nothingPicked.pick("i1").scaleTargetGroup("i1", kr(500)).adopt("ny-plan", "Ny plan", PLAN_YEARS);

        assertThat(plan.initiative("i1").orElseThrow().origin().scale()).isEqualTo(new BigDecimal("1.428571"));
    }

    @Test
    void theCatalogueItselfIsNotChanged() {
        scenario().adopt("ny-plan", "Ny plan", PLAN_YEARS);

        assertThat(catalogue).isEqualTo(integrationCatalogue());
        assertThat(catalogue.initiative("i1").orElseThrow().status()).isEqualTo(InitiativeStatus.PROPOSED);
    }
}
