package dk.pejling.finance;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Result;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative's pay-for-results terms make due, period by period, from the results of the
 * goal the terms follow (seed 002: {@code Såfremt 10 kvinder kommer i ordinær beskæftigelse i et
 * helt år betales 1,3 mio. kr.}). Terms that cannot be paid on say why in Danish, instead of a sum.
 *
 * @param goal the goal the terms follow, where the plan has it
 * @param periods each period the goal has a figure for, with what that figure makes due
 * @param problem why nothing can be computed (missing rule, threshold, amount or goal); null where it can
 */
public record PaymentsDue(
        Initiative initiative,
        PayForResults terms,
        @Nullable Goal goal,
        List<PeriodDue> periods,
        @Nullable String problem) {

    /** One period's outcomes and the payment they earn. */
    public record PeriodDue(Period period, BigDecimal outcomes, BigDecimal due) {}

    /** The terms of every initiative of the plan that has them, in the plan's order. */
    public static List<PaymentsDue> of(Plan plan) {
        List<PaymentsDue> out = new ArrayList<>();
        for (Initiative i : plan.allInitiatives()) {
            if (i.payForResults() != null) {
                out.add(of(plan, i, i.payForResults()));
            }
        }
        return out;
    }

    static PaymentsDue of(Plan plan, Initiative initiative, PayForResults terms) {
        Goal goal = terms.goal() == null ? null : plan.goal(terms.goal()).orElse(null);
        String problem = problem(terms, goal);
        if (problem != null || goal == null) {
            return new PaymentsDue(initiative, terms, goal, List.of(), problem);
        }
        PayForResultsCalculation calculation = PayForResultsCalculation.of(terms);
        List<PeriodDue> periods = new ArrayList<>();
        for (Result r : goal.results()) {
            BigDecimal outcomes = r.value();
            if (outcomes != null && outcomes.signum() >= 0) {
                periods.add(new PeriodDue(r.period(), outcomes, calculation.paymentFor(outcomes)));
            }
        }
        return new PaymentsDue(initiative, terms, goal, List.copyOf(periods), null);
    }

    /** All that the periods make due together. */
    public BigDecimal total() {
        return Amounts.normal(periods.stream().map(PeriodDue::due).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The period's payment, where the goal has a figure for it. */
    public Optional<BigDecimal> dueIn(Period period) {
        return periods.stream().filter(p -> p.period().equals(period)).map(PeriodDue::due).findFirst();
    }

    private static @Nullable String problem(PayForResults terms, @Nullable Goal goal) {
        if (terms.rule() == null) {
            return "Vilkårene angiver ikke, hvordan betalingen følger resultaterne.";
        }
        if (terms.rule() == PayRule.ALL_OR_NOTHING && (terms.threshold() == null || terms.amount() == null)) {
            return "Vilkårene mangler en tærskel eller et beløb.";
        }
        if (terms.rule() == PayRule.PER_OUTCOME && terms.amountPerOutcome() == null) {
            return "Vilkårene mangler et beløb pr. resultat.";
        }
        if (terms.goal() == null) {
            return "Vilkårene følger ikke et mål, så der kan ikke regnes en betaling.";
        }
        if (goal == null) {
            return "Målet, vilkårene følger (" + terms.goal() + "), findes ikke i planen.";
        }
        return null;
    }
}
