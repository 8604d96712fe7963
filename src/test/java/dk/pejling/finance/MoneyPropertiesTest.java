package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dk.pejling.plan.Financing;
import dk.pejling.plan.Grant;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.UnitCost;
import dk.pejling.plan.YearAmount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that hold for any amounts, not only the seeds'. */
class MoneyPropertiesTest {

    private static final long HUNDRED_MILLION_KR_IN_ØRE = 10_000_000_000L;

    @Test
    void everyYearsUnderspendIsItsPoolLessSpendingAndMovesOnWhereNothingIsDecided() {
        qt().forAll(
                        longs().between(0, HUNDRED_MILLION_KR_IN_ØRE),
                        longs().between(0, HUNDRED_MILLION_KR_IN_ØRE),
                        longs().between(0, HUNDRED_MILLION_KR_IN_ØRE),
                        longs().between(0, HUNDRED_MILLION_KR_IN_ØRE))
                .checkAssert((award1, award2, spent1, spent2) -> {
                    GrantLedger ledger = GrantLedger.of(grant(øre(award1), øre(award2), øre(spent1), øre(spent2)));

                    for (GrantYear year : ledger.years()) {
                        assertThat(year.underspend())
                                .isEqualByComparingTo(year.pool().subtract(year.spending()));
                        assertThat(year.pool()).isEqualByComparingTo(year.award().add(year.carryIn()));
                    }
                    GrantYear first = ledger.years().get(0);
                    GrantYear second = ledger.years().get(1);
                    assertThat(second.carryIn()).isEqualByComparingTo(first.underspend());
                    assertThat(second.underspend()).isEqualByComparingTo(
                            øre(award1).add(øre(award2)).subtract(øre(spent1)).subtract(øre(spent2)));
                });
    }

    @Test
    void scalingATargetGroupByKScalesItsCostByKEveryYear() {
        qt().forAll(
                        longs().between(1, HUNDRED_MILLION_KR_IN_ØRE),
                        integers().between(1, 100_000),
                        integers().between(1, 1_000),
                        booleans().all())
                .checkAssert((amountInØre, size, kInHundredths, phased) -> {
                    BigDecimal amount = øre(amountInØre);
                    BigDecimal k = BigDecimal.valueOf(kInHundredths, 2);
                    Plan catalogue = catalogueOfOne(amount, kr(size), phased);
                    Years years = Years.of(2019, 2022);
                    CatalogueScenario stated = CatalogueScenario.of(catalogue).pick("i1");
                    CatalogueScenario scaled = stated.scaleTargetGroup("i1", kr(size).multiply(k));

                    assertThat(scaled.cost("i1", years)).containsOnlyKeys(stated.cost("i1", years).keySet());
                    stated.cost("i1", years).forEach((year, cost) ->
                            assertThat(scaled.cost("i1", years).get(year)).isEqualByComparingTo(cost.multiply(k)));
                    assertThat(scaled.scale("i1")).isEqualByComparingTo(k);
                });
    }

    private static BigDecimal øre(long øre) {
        return BigDecimal.valueOf(øre, 2);
    }

    private static Grant grant(BigDecimal award1, BigDecimal award2, BigDecimal spent1, BigDecimal spent2) {
        return new Grant("pulje", "Pulje", null, null, null, new UnitCost(kr(375_000), null),
                List.of(new YearAmount(2007, award1), new YearAmount(2008, award2)), List.of(),
                List.of(new YearAmount(2007, spent1), new YearAmount(2008, spent2)), List.of(), List.of(), List.of(),
                List.of());
    }

    /** One scaling initiative, priced by the year or phased at half, then the full amount. */
    private static Plan catalogueOfOne(BigDecimal amount, BigDecimal size, boolean phased) {
        List<YearAmount> years = phased
                ? List.of(new YearAmount(2019, amount.divide(BigDecimal.valueOf(2))), new YearAmount(2020, amount),
                        new YearAmount(2021, amount))
                : List.of();
        Financing financing = new Financing(null, amount, size, true, null, years, List.of());
        return FinanceFixtures.plan("katalog", "Katalog", PlanStatus.DRAFT, List.of(), List.of(
                FinanceFixtures.proposed("i1", "Indsats", null, financing, null, List.of())));
    }
}
