package dk.pejling.finance;

import dk.pejling.plan.Allocation;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.YearAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A grant's account year by year, as the grant account (puljeregnskab) states it: the award and
 * the staff it pays for, what was carried in, the pool, the allocations in staff and money,
 * spending and underspend; Pejling's figures beside the source's, and warnings.
 */
public final class GrantLedger {

    private final Grant grant;
    private final @Nullable StaffCost staffCost;
    private final List<GrantYear> years;
    private final List<StatedFigure> statedFigures;
    private final List<LedgerWarning> warnings;

    private GrantLedger(Grant grant) {
        this.grant = grant;
        this.staffCost = grant.unitCost() == null ? null : StaffCost.of(grant.unitCost());
        this.years = List.copyOf(computeYears());
        this.statedFigures = List.copyOf(compareStated());
        this.warnings = List.copyOf(findWarnings());
    }

    public static GrantLedger of(Grant grant) {
        return new GrantLedger(grant);
    }

    public Grant grant() {
        return grant;
    }

    /** Every year the grant speaks of, in order. */
    public List<GrantYear> years() {
        return years;
    }

    public Optional<GrantYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** The source's stated figures, each beside Pejling's, in the order the grant lists them. */
    public List<StatedFigure> statedFigures() {
        return statedFigures;
    }

    public List<LedgerWarning> warnings() {
        return warnings;
    }

    private List<GrantYear> computeYears() {
        List<GrantYear> out = new ArrayList<>();
        GrantYear previous = null;
        for (int year : yearsSpokenOf()) {
            out.add(previous = computeYear(year, previous));
        }
        return out;
    }

    private GrantYear computeYear(int year, @Nullable GrantYear previous) {
        BigDecimal award = sum(grant.awards(), year);
        BigDecimal decidedIn = decidedCarryOver(c -> c.to() == year);
        BigDecimal carryIn = decidedIn != null ? decidedIn : computedCarryIn(previous);
        BigDecimal pool = carryIn == null ? null : Amounts.normal(award.add(carryIn));
        List<Allocation> allocations =
                grant.allocations().stream().filter(a -> a.year() == year).toList();
        BigDecimal spending = spending(year);
        BigDecimal underspend = pool == null || spending == null ? null : Amounts.normal(pool.subtract(spending));
        BigDecimal decidedOut = decidedCarryOver(c -> c.from() == year);
        return new GrantYear(
                year,
                award,
                staffCost == null ? null : staffCost.staffFor(award),
                carryIn,
                decidedIn != null,
                pool,
                allocatedStaff(allocations),
                Collections.unmodifiableMap(staffByUnit(allocations)),
                allocationCost(allocations),
                spending,
                underspend,
                decidedOut != null ? decidedOut : underspend);
    }

    /** Without a decision, what the previous year left unspent moves on; the first year starts empty. */
    private static @Nullable BigDecimal computedCarryIn(@Nullable GrantYear previous) {
        return previous == null ? BigDecimal.ZERO : previous.carryOut();
    }

    private SortedSet<Integer> yearsSpokenOf() {
        SortedSet<Integer> out = new TreeSet<>();
        if (grant.period() != null) {
            for (int y = grant.period().start().year(); y <= grant.period().end().year(); y++) {
                out.add(y);
            }
        }
        grant.awards().forEach(a -> out.add(a.year()));
        grant.spending().forEach(s -> out.add(s.year()));
        grant.allocations().forEach(a -> out.add(a.year()));
        grant.carryOver().forEach(c -> {
            out.add(c.from());
            out.add(c.to());
        });
        List.of(grant.expectedCost(), grant.pool(), grant.underspend())
                .forEach(stated -> stated.forEach(s -> out.add(s.year())));
        return out;
    }

    private static BigDecimal sum(List<YearAmount> amounts, int year) {
        return Amounts.normal(amounts.stream()
                .filter(a -> a.year() == year)
                .map(YearAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private @Nullable BigDecimal spending(int year) {
        boolean known = grant.spending().stream().anyMatch(s -> s.year() == year);
        return known ? sum(grant.spending(), year) : null;
    }

    private @Nullable BigDecimal decidedCarryOver(java.util.function.Predicate<CarryOver> which) {
        List<CarryOver> decided = grant.carryOver().stream().filter(which).toList();
        if (decided.isEmpty()) {
            return null;
        }
        return Amounts.normal(decided.stream().map(CarryOver::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal allocatedStaff(List<Allocation> allocations) {
        return Amounts.normal(allocations.stream()
                .map(Allocation::fte)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Map<String, BigDecimal> staffByUnit(List<Allocation> allocations) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Allocation a : allocations) {
            if (a.fte() != null) {
                out.merge(a.unit(), a.fte(), (x, y) -> Amounts.normal(x.add(y)));
            }
        }
        return out;
    }

    /** Money allocations count as stated; staff at the unit cost for their months. Unknown without a unit cost. */
    private @Nullable BigDecimal allocationCost(List<Allocation> allocations) {
        BigDecimal total = BigDecimal.ZERO;
        for (Allocation a : allocations) {
            if (a.amount() != null) {
                total = total.add(a.amount());
            } else if (a.fte() != null) {
                if (staffCost == null) {
                    return null;
                }
                total = total.add(staffCost.costOf(a.fte(), a.months()));
            }
        }
        return Amounts.normal(total);
    }

    private List<StatedFigure> compareStated() {
        List<StatedFigure> out = new ArrayList<>();
        compare(out, StatedFigure.Figure.ALLOCATION_COST, grant.expectedCost(), GrantYear::allocationCost);
        compare(out, StatedFigure.Figure.POOL, grant.pool(), GrantYear::pool);
        compare(out, StatedFigure.Figure.UNDERSPEND, grant.underspend(), GrantYear::underspend);
        return out;
    }

    private void compare(
            List<StatedFigure> out,
            StatedFigure.Figure figure,
            List<StatedAmount> stated,
            Function<GrantYear, @Nullable BigDecimal> computed) {
        for (StatedAmount s : stated) {
            BigDecimal ours = year(s.year()).map(computed).orElse(null);
            out.add(StatedFigure.compare(figure, s, ours));
        }
    }

    private List<LedgerWarning> findWarnings() {
        List<LedgerWarning> out = new ArrayList<>();
        for (GrantYear y : years) {
            BigDecimal pool = y.pool();
            BigDecimal cost = y.allocationCost();
            if (pool != null && cost != null && cost.compareTo(pool) > 0) {
                out.add(LedgerWarning.Kind.ALLOCATIONS_EXCEED_POOL.in(y.year(), cost, pool));
            }
            if (staffCost != null && y.allocatedStaff().signum() > 0) {
                BigDecimal fullYear = staffCost.costOf(y.allocatedStaff());
                if (fullYear.compareTo(y.award()) > 0) {
                    out.add(LedgerWarning.Kind.STAFF_EXCEED_AWARD.in(y.year(), fullYear, y.award()));
                }
            }
            BigDecimal decidedOut = decidedCarryOver(c -> c.from() == y.year());
            BigDecimal underspend = y.underspend();
            if (decidedOut != null && underspend != null && decidedOut.compareTo(underspend) > 0) {
                out.add(LedgerWarning.Kind.CARRY_OVER_EXCEEDS_UNDERSPEND.in(y.year(), decidedOut, underspend));
            }
        }
        grant.terms().stream()
                .filter(GrantCondition::broken)
                .forEach(c -> out.add(LedgerWarning.Kind.CONDITION_BROKEN.on(c.text())));
        return out;
    }
}
