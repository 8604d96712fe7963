package dk.pejling.bundle;

import dk.pejling.bundle.BundleChecks.IdKind;
import dk.pejling.plan.Allocation;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.UnitCost;
import dk.pejling.plan.YearAmount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a grant: its awards, allocations to units, spending and carry-over. A grant often runs
 * longer than the plan that accounts for it (a 2007–2010 pool in a 2007 account, seed 004), so
 * its years are checked against its own period where it states one.
 */
final class GrantTreeReader {

    static final List<String> GRANT = List.of(
            "id",
            "title",
            "grantor",
            "period",
            "conditions",
            "unitCost",
            "awards",
            "allocations",
            "spending",
            "carryOver",
            "expectedCost",
            "pool",
            "underspend",
            "terms");
    static final List<String> CONDITION = List.of("text", "kind", "broken", "note");
    static final List<String> UNIT_COST = List.of("amount", "per");
    static final List<String> YEAR_AMOUNT = List.of("year", "amount");
    static final List<String> ALLOCATION = List.of("year", "unit", "fte", "months", "amount");
    static final List<String> CARRY_OVER = List.of("from", "to", "amount");
    static final List<String> STATED_AMOUNT = List.of("year", "amount", "text");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Problems problems;
    private final BundleChecks checks;

    GrantTreeReader(Problems problems, BundleChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    @Nullable Grant grant(BundleObject o) {
        String id = o.id("id");
        checks.declare(IdKind.GRANT, id, o.pathOf("id"));
        String title = o.requiredText("title");
        String grantor = o.text("grantor");
        PlanPeriod period = PlanTreeReader.span(o.object("period", PlanTreeReader.SPAN), problems);
        String conditions = o.text("conditions");
        UnitCost unitCost = unitCost(o.object("unitCost", UNIT_COST));
        List<YearAmount> awards = o.objects("awards", YEAR_AMOUNT, a -> yearAmount(a, period));
        List<Allocation> allocations = o.objects("allocations", ALLOCATION, a -> allocation(a, period));
        List<YearAmount> spending = o.objects("spending", YEAR_AMOUNT, s -> yearAmount(s, period));
        List<CarryOver> carryOver = o.objects("carryOver", CARRY_OVER, c -> carryOver(c, period));
        List<StatedAmount> expectedCost = o.objects("expectedCost", STATED_AMOUNT, s -> statedAmount(s, period));
        List<StatedAmount> pool = o.objects("pool", STATED_AMOUNT, s -> statedAmount(s, period));
        List<StatedAmount> underspend = o.objects("underspend", STATED_AMOUNT, s -> statedAmount(s, period));
        List<GrantCondition> terms = o.objects("terms", CONDITION, this::condition);
        if (id == null || title == null) {
            return null;
        }
        return new Grant(
                id,
                title,
                grantor,
                period,
                conditions,
                unitCost,
                awards,
                allocations,
                spending,
                carryOver,
                expectedCost,
                pool,
                underspend,
                terms);
    }

    private @Nullable GrantCondition condition(BundleObject o) {
        String text = o.requiredText("text");
        GrantCondition.Kind kind = o.choice("kind", GrantCondition.Kind.class);
        boolean broken = o.flag("broken");
        String note = o.text("note");
        return text == null ? null : new GrantCondition(text, kind, broken, note);
    }

    private static @Nullable UnitCost unitCost(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        BigDecimal amount = o.requiredAmount("amount");
        String per = o.text("per");
        return amount == null ? null : new UnitCost(amount, per);
    }

    private @Nullable Integer year(BundleObject o, String field, @Nullable PlanPeriod grantPeriod) {
        Integer year = o.requiredYear(field);
        checks.yearWithinGrant(year, grantPeriod, o.pathOf(field));
        return year;
    }

    private @Nullable YearAmount yearAmount(BundleObject o, @Nullable PlanPeriod grantPeriod) {
        Integer year = year(o, "year", grantPeriod);
        BigDecimal amount = o.requiredAmount("amount");
        return year == null || amount == null ? null : new YearAmount(year, amount);
    }

    private @Nullable Allocation allocation(BundleObject o, @Nullable PlanPeriod grantPeriod) {
        Integer year = year(o, "year", grantPeriod);
        String unit = o.requiredText("unit");
        checks.refer(IdKind.UNIT, unit, o.pathOf("unit"));
        BigDecimal fte = o.amount("fte");
        BigDecimal months = o.amount("months");
        if (months != null && months.compareTo(TWELVE) > 0) {
            problems.add(o.pathOf("months"), months.toPlainString() + " is more than the 12 months of a year");
            months = null;
        }
        BigDecimal amount = o.amount("amount");
        if (year == null || unit == null) {
            return null;
        }
        return new Allocation(year, unit, fte, months, amount);
    }

    private @Nullable CarryOver carryOver(BundleObject o, @Nullable PlanPeriod grantPeriod) {
        Integer from = year(o, "from", grantPeriod);
        Integer to = year(o, "to", grantPeriod);
        if (from != null && to != null && to <= from) {
            problems.add(o.pathOf("to"), to + " is not a year after " + from);
        }
        BigDecimal amount = o.requiredAmount("amount");
        if (from == null || to == null || amount == null) {
            return null;
        }
        return new CarryOver(from, to, amount);
    }

    private @Nullable StatedAmount statedAmount(BundleObject o, @Nullable PlanPeriod grantPeriod) {
        Integer year = year(o, "year", grantPeriod);
        BigDecimal amount = o.amount("amount");
        String text = o.text("text");
        return year == null ? null : new StatedAmount(year, amount, text);
    }
}
