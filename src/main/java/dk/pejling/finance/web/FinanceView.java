package dk.pejling.finance.web;

import dk.pejling.finance.BudgetSummary;
import dk.pejling.finance.CostPerResult;
import dk.pejling.finance.FrameBalance;
import dk.pejling.finance.PaymentsDue;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.YearAmount;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;
import dk.pejling.finance.GrantLedger;
import dk.pejling.finance.GrantYear;
import dk.pejling.finance.LedgerWarning;
import dk.pejling.finance.StatedFigure;
import dk.pejling.plan.Plan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A plan's money as the API answers it and the page shows it: each initiative's budget per year,
 * the plan's totals per year against its frame, pay-for-results due, cost per participant and per
 * outcome, and each grant's ledger year by year with the source's stated figures beside Pejling's,
 * its conditions and the warnings.
 */
public record FinanceView(
        String planId,
        String title,
        List<Integer> years,
        List<InitiativeBudgetView> initiatives,
        SortedMap<Integer, BigDecimal> totals,
        List<FrameView> frame,
        List<PaymentsView> payForResults,
        List<CostView> costPerResult,
        List<GrantLedgerView> grants) {

    static FinanceView of(Plan plan) {
        BudgetSummary budget = BudgetSummary.of(plan);
        Map<String, String> unitNames = new HashMap<>();
        plan.units().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<Integer, BigDecimal> frame = new TreeMap<>();
        plan.budgetFrame().forEach(f -> frame.put(f.year(), f.amount()));
        TreeSet<Integer> years = new TreeSet<>(budget.totals().keySet());
        years.addAll(frame.keySet());
        return new FinanceView(
                plan.id(),
                plan.title(),
                List.copyOf(years),
                budget.initiatives().stream()
                        .map(i -> new InitiativeBudgetView(i.initiativeId(), i.title(), i.perYear()))
                        .toList(),
                budget.totals(),
                budget.against(frame).stream().map(FrameView::of).toList(),
                PaymentsDue.of(plan).stream().map(PaymentsView::of).toList(),
                CostView.of(plan),
                plan.grants().stream().map(g -> GrantLedgerView.of(GrantLedger.of(g), unitNames)).toList());
    }

    /** A year's budgets against the plan's frame: what is left, or (negative {@code left}) how much over. */
    public record FrameView(int year, BigDecimal frame, BigDecimal total, BigDecimal left, boolean over) {

        static FrameView of(FrameBalance b) {
            return new FrameView(b.year(), b.frame(), b.total(), b.left(), b.isOver());
        }
    }

    /**
     * An initiative's pay-for-results terms and what the followed goal's results make due per period;
     * {@code problem} says in Danish why nothing can be computed, where that is so.
     */
    public record PaymentsView(
            String initiativeId,
            String title,
            @Nullable String text,
            @Nullable String goalId,
            @Nullable String goalText,
            @Nullable String rule,
            @Nullable BigDecimal threshold,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal amountPerOutcome,
            @Nullable BigDecimal cap,
            List<PeriodDueView> periods,
            BigDecimal total,
            @Nullable String problem) {

        static PaymentsView of(PaymentsDue p) {
            PayForResults t = p.terms();
            return new PaymentsView(
                    p.initiative().id(),
                    p.initiative().title(),
                    t.text(),
                    t.goal(),
                    p.goal() == null ? null : p.goal().text(),
                    t.rule() == null ? null : t.rule().code(),
                    t.threshold(),
                    t.amount(),
                    t.amountPerOutcome(),
                    t.cap(),
                    p.periods().stream()
                            .map(d -> new PeriodDueView(d.period().toString(), d.outcomes(), d.due()))
                            .toList(),
                    p.total(),
                    p.problem());
        }
    }

    public record PeriodDueView(String period, BigDecimal outcomes, BigDecimal due) {}

    /**
     * What an initiative's budget bought in a year per participant (an activity goal) or per achieved
     * outcome (a result goal); only where the plan gives both the budget and the count for the year.
     */
    public record CostView(
            String initiativeId,
            String title,
            int year,
            BigDecimal budget,
            String goalId,
            String goalText,
            String per,
            BigDecimal count,
            BigDecimal costPer) {

        static List<CostView> of(Plan plan) {
            List<CostView> out = new ArrayList<>();
            for (Initiative i : plan.allInitiatives()) {
                CostPerResult cost = CostPerResult.of(i);
                for (YearAmount line : i.budget()) {
                    int year = line.year();
                    for (Goal g : i.goals()) {
                        Optional<BigDecimal> per = g.kind() == GoalKind.ACTIVITY
                                ? cost.perParticipant(year, g.id())
                                : g.kind() == GoalKind.RESULT ? cost.perOutcome(year, g.id()) : Optional.empty();
                        if (per.isPresent()) {
                            out.add(new CostView(i.id(), i.title(), year, cost.budget(year).orElseThrow(), g.id(),
                                    g.text(), g.kind() == GoalKind.ACTIVITY ? "participant" : "outcome",
                                    cost.counted(year, g.id()).orElseThrow(), per.get()));
                        }
                    }
                }
            }
            return out;
        }
    }

    public record InitiativeBudgetView(String initiativeId, String title, SortedMap<Integer, BigDecimal> perYear) {

        /** The amount for a year, or null where the initiative has none that year. */
        public @Nullable BigDecimal in(int year) {
            return perYear.get(year);
        }
    }

    public record GrantLedgerView(
            String grantId,
            String title,
            @Nullable BigDecimal unitCost,
            @Nullable String unitCostPer,
            List<LedgerYearView> years,
            List<StatedView> stated,
            List<ConditionView> conditions,
            List<WarningView> warnings) {

        static GrantLedgerView of(GrantLedger ledger, Map<String, String> unitNames) {
            var unitCost = ledger.grant().unitCost();
            return new GrantLedgerView(
                    ledger.grant().id(),
                    ledger.grant().title(),
                    unitCost == null ? null : unitCost.amount(),
                    unitCost == null ? null : unitCost.per(),
                    ledger.years().stream().map(y -> LedgerYearView.of(y, unitNames)).toList(),
                    ledger.statedFigures().stream().map(StatedView::of).toList(),
                    ledger.grant().terms().stream().map(ConditionView::of).toList(),
                    ledger.warnings().stream().map(WarningView::of).toList());
        }
    }

    /** One year of a grant; figures Pejling cannot know yet are null. */
    public record LedgerYearView(
            int year,
            BigDecimal award,
            @Nullable BigDecimal awardStaff,
            @Nullable BigDecimal carryIn,
            boolean carryInDecided,
            @Nullable BigDecimal pool,
            BigDecimal allocatedStaff,
            List<UnitStaffView> staffByUnit,
            @Nullable BigDecimal allocationCost,
            @Nullable BigDecimal poolLeftAfterAllocations,
            @Nullable BigDecimal spending,
            @Nullable BigDecimal underspend,
            @Nullable BigDecimal carryOut) {

        static LedgerYearView of(GrantYear y, Map<String, String> unitNames) {
            return new LedgerYearView(
                    y.year(),
                    y.award(),
                    y.awardStaff(),
                    y.carryIn(),
                    y.carryInDecided(),
                    y.pool(),
                    y.allocatedStaff(),
                    y.staffByUnit().entrySet().stream()
                            .map(e -> new UnitStaffView(e.getKey(), unitNames.getOrDefault(e.getKey(), e.getKey()),
                                    e.getValue()))
                            .toList(),
                    y.allocationCost(),
                    y.poolLeftAfterAllocations(),
                    y.spending(),
                    y.underspend(),
                    y.carryOut());
        }
    }

    public record UnitStaffView(String unit, String name, BigDecimal staff) {}

    /**
     * A figure the source states beside Pejling's. {@code figure} is {@code expected_cost} (what the
     * year's allocations cost), {@code pool} or {@code underspend}.
     */
    public record StatedView(
            String figure,
            int year,
            @Nullable BigDecimal stated,
            @Nullable String statedText,
            @Nullable BigDecimal computed,
            @Nullable BigDecimal computedAsStated,
            boolean differs) {

        static StatedView of(StatedFigure f) {
            String figure = f.figure() == StatedFigure.Figure.ALLOCATION_COST
                    ? "expected_cost"
                    : f.figure().name().toLowerCase(Locale.ROOT);
            return new StatedView(figure, f.year(), f.stated().amount(), f.stated().text(), f.computed(),
                    f.computedAsStated(), f.differs());
        }
    }

    /** A grant's condition as data; {@code kind} is salary_only, target_group, period or other. */
    public record ConditionView(String text, @Nullable String kind, boolean broken, @Nullable String note) {

        static ConditionView of(GrantCondition c) {
            return new ConditionView(c.text(), c.kind() == null ? null : c.kind().code(), c.broken(), c.note());
        }
    }

    /**
     * A warning on a grant: about a year's money ({@code year}, {@code amount} against {@code limit}),
     * or about a condition marked broken ({@code condition}, no year or figures).
     */
    public record WarningView(
            @Nullable Integer year,
            String kind,
            String message,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal limit,
            @Nullable String condition) {

        static WarningView of(LedgerWarning w) {
            return new WarningView(w.year(), w.kind().name().toLowerCase(Locale.ROOT), w.message(), w.amount(),
                    w.limit(), w.condition());
        }
    }
}
