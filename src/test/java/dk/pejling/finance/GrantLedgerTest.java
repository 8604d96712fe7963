package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.allocations2007And2008;
import static dk.pejling.finance.FinanceFixtures.jobConsultantGrant;
import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.finance.StatedFigure.Figure;
import dk.pejling.plan.Allocation;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Grant;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004, chapter 3 "Økonomi 2007", recomputed from the grant's own figures. */
class GrantLedgerTest {

    private final GrantLedger ledger = GrantLedger.of(jobConsultantGrant());

    private GrantYear year(int year) {
        return ledger.year(year).orElseThrow();
    }

    private StatedFigure stated(Figure figure, int year) {
        return ledger.statedFigures().stream()
                .filter(f -> f.figure() == figure && f.year() == year)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void coversEveryYearOfTheGrantPeriod() {
        assertThat(ledger.years()).extracting(GrantYear::year).containsExactly(2007, 2008, 2009, 2010);
    }

    @Test
    void awardOf26898526PaysFor71WholeConsultants() {
        assertThat(year(2007).award()).isEqualByComparingTo("26898526");
        assertThat(year(2007).awardStaff()).isEqualByComparingTo("71");
        assertThat(DanishFormat.kroner(year(2007).award())).isEqualTo("26.898.526 kr.");
    }

    @Test
    void counts93AllocatedConsultantsInAllAndPerUnitInTheSourcesOrder() {
        assertThat(year(2007).allocatedStaff()).isEqualByComparingTo("93");
        assertThat(year(2007).staffByUnit()).containsExactly(
                org.assertj.core.api.Assertions.entry("jc-musvaagevej", kr(31)),
                org.assertj.core.api.Assertions.entry("jc-nyropsgade", kr(15)),
                org.assertj.core.api.Assertions.entry("jc-skelbaekgade", kr(16)),
                org.assertj.core.api.Assertions.entry("cjf-vester-soegade", kr(7)),
                org.assertj.core.api.Assertions.entry("cab", kr(12)),
                org.assertj.core.api.Assertions.entry("cbsi", kr(5)),
                org.assertj.core.api.Assertions.entry("ckb", kr(7)));
    }

    @Test
    void allocationsFor5MonthsOf2007Cost14531250ShownAs14Point53Million() {
        BigDecimal cost = year(2007).allocationCost();

        assertThat(cost).isEqualByComparingTo("14531250");
        assertThat(DanishFormat.millions(cost, 2)).isEqualTo("14,53 mio. kr.");
    }

    @Test
    void flagsTheSources14Point530MillionAsFurtherFromTheArithmeticThanItsRoundingExplains() {
        StatedFigure figure = stated(Figure.ALLOCATION_COST, 2007);

        assertThat(figure.computed()).isEqualByComparingTo("14531250");
        assertThat(figure.computedAsStated()).isEqualByComparingTo("14531000");
        assertThat(figure.differs()).isTrue();
    }

    @Test
    void underspendOf2007IsThePoolLessSpendingAndMatchesAbout14Million() {
        GrantYear y2007 = year(2007);

        assertThat(y2007.carryIn()).isEqualByComparingTo("0");
        assertThat(y2007.pool()).isEqualByComparingTo("26898526");
        assertThat(y2007.spending()).isEqualByComparingTo("12500000");
        assertThat(y2007.underspend()).isEqualByComparingTo("14398526");
        assertThat(DanishFormat.millions(y2007.underspend(), 0)).isEqualTo("14 mio. kr.");
        StatedFigure figure = stated(Figure.UNDERSPEND, 2007);
        assertThat(figure.computedAsStated()).isEqualByComparingTo("14000000");
        assertThat(figure.differs()).isFalse();
    }

    @Test
    void decidedCarryOverOf14MillionMovesTo2008InsteadOfTheComputedUnderspend() {
        assertThat(year(2007).carryOut()).isEqualByComparingTo("14000000");
        assertThat(year(2008).carryIn()).isEqualByComparingTo("14000000");
        assertThat(year(2008).carryInDecided()).isTrue();
    }

    @Test
    void pool2008Is40898526ShownAs40Point9MillionAsTheSourceStatesIt() {
        BigDecimal pool = year(2008).pool();

        assertThat(pool).isEqualByComparingTo("40898526");
        assertThat(DanishFormat.millions(pool, 1)).isEqualTo("40,9 mio. kr.");
        StatedFigure figure = stated(Figure.POOL, 2008);
        assertThat(figure.computedAsStated()).isEqualByComparingTo(figure.stated().amount());
        assertThat(figure.differs()).isFalse();
    }

    @Test
    void expectedCostOf93ConsultantsIn2008Is34Point9MillionWithinItsPool() {
        GrantYear y2008 = year(2008);

        assertThat(y2008.allocationCost()).isEqualByComparingTo("34875000");
        assertThat(DanishFormat.millions(y2008.allocationCost(), 1)).isEqualTo("34,9 mio. kr.");
        assertThat(y2008.poolLeftAfterAllocations()).isEqualByComparingTo("6023526");
        assertThat(stated(Figure.ALLOCATION_COST, 2008).differs()).isFalse();
        assertThat(ledger.warnings()).noneMatch(w -> w.kind() == LedgerWarning.Kind.ALLOCATIONS_EXCEED_POOL);
    }

    @Test
    void withoutADecisionTheWholeUnderspendMovesToTheNextYear() {
        GrantLedger undecided = GrantLedger.of(jobConsultantGrant(List.of(), allocations2007And2008()));

        GrantYear y2008 = undecided.year(2008).orElseThrow();
        assertThat(y2008.carryIn()).isEqualByComparingTo("14398526");
        assertThat(y2008.carryInDecided()).isFalse();
        assertThat(y2008.pool()).isEqualByComparingTo("41297052");
    }

    @Test
    void poolIsUnknownAfterAYearWhoseSpendingIsNotYetKnown() {
        assertThat(year(2008).underspend()).isNull();
        assertThat(year(2009).carryIn()).isNull();
        assertThat(year(2009).pool()).isNull();
        assertThat(year(2009).award()).isEqualByComparingTo("26898526");
    }

    @Test
    void warnsThat93ConsultantsCostMoreAFullYearThanTheAwardPaysFor() {
        assertThat(ledger.warnings())
                .filteredOn(w -> w.kind() == LedgerWarning.Kind.STAFF_EXCEED_AWARD)
                .extracting(LedgerWarning::year)
                .containsExactly(2007, 2008);
        LedgerWarning warning = ledger.warnings().get(0);
        assertThat(warning.amount()).isEqualByComparingTo("34875000");
        assertThat(warning.limit()).isEqualByComparingTo("26898526");
        assertThat(warning.message()).isEqualTo(
                "Det fordelte antal årsværk koster på helårsbasis mere end årets bevilling.");
    }

    @Test
    void warnsWhereAllocationsCostMoreThanThePool() {
        List<Allocation> allocations = new ArrayList<>(allocations2007And2008());
        allocations.add(new Allocation(2008, "cab", kr(20), null, null));
        GrantLedger overAllocated = GrantLedger.of(jobConsultantGrant(
                List.of(new CarryOver(2007, 2008, kr(14_000_000))), allocations));

        assertThat(overAllocated.warnings())
                .filteredOn(w -> w.kind() == LedgerWarning.Kind.ALLOCATIONS_EXCEED_POOL)
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.year()).isEqualTo(2008);
                    assertThat(w.amount()).isEqualByComparingTo("42375000");
                    assertThat(w.limit()).isEqualByComparingTo("40898526");
                    assertThat(w.message()).isEqualTo("Årets fordelinger koster mere, end puljen rummer.");
                });
    }

    @Test
    void warnsWhereTheDecidedCarryOverIsMoreThanWasLeftUnspent() {
        GrantLedger overCarried = GrantLedger.of(jobConsultantGrant(
                List.of(new CarryOver(2007, 2008, kr(15_000_000))), allocations2007And2008()));

        assertThat(overCarried.warnings())
                .filteredOn(w -> w.kind() == LedgerWarning.Kind.CARRY_OVER_EXCEEDS_UNDERSPEND)
                .singleElement()
                .satisfies(w -> assertThat(w.limit()).isEqualByComparingTo("14398526"));
        assertThat(ledger.warnings()).noneMatch(w -> w.kind() == LedgerWarning.Kind.CARRY_OVER_EXCEEDS_UNDERSPEND);
    }

    @Test
    void allocationsInMoneyCountAsStatedBesideStaffAtTheUnitCost() {
        List<Allocation> allocations = new ArrayList<>(allocations2007And2008());
        allocations.add(new Allocation(2008, "ckb", null, null, kr(250_000)));
        GrantLedger withMoney = GrantLedger.of(jobConsultantGrant(List.of(), allocations));

        assertThat(withMoney.year(2008).orElseThrow().allocationCost()).isEqualByComparingTo("35125000");
        assertThat(withMoney.year(2008).orElseThrow().allocatedStaff()).isEqualByComparingTo("93");
    }

    @Test
    void withoutAUnitCostStaffAreNotPricedAndNoStaffAreBought() {
        Grant grant = jobConsultantGrant();
        Grant unpriced = new Grant(grant.id(), grant.title(), grant.grantor(), grant.period(), grant.conditions(),
                null, grant.awards(), grant.allocations(), grant.spending(), grant.carryOver(),
                grant.expectedCost(), grant.pool(), grant.underspend());
        GrantLedger ledger = GrantLedger.of(unpriced);

        assertThat(ledger.year(2007).orElseThrow().awardStaff()).isNull();
        assertThat(ledger.year(2007).orElseThrow().allocationCost()).isNull();
        assertThat(ledger.year(2007).orElseThrow().underspend()).isEqualByComparingTo("14398526");
        StatedFigure stated = ledger.statedFigures().get(0);
        assertThat(stated.computed()).isNull();
        assertThat(stated.differs()).isFalse();
    }
}
