package dk.pejling.finance;

import dk.pejling.plan.Goal;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Result;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What pay-for-results terms pay for a number of outcomes. All or nothing pays the whole amount
 * once the outcomes reach the threshold (a threshold is inclusive: 10 of 10 pays) and nothing
 * below it; per outcome pays the amount per outcome, never more than the cap where there is one.
 */
public final class PayForResultsCalculation {

    private final PayForResults terms;
    private final PayRule rule;

    private PayForResultsCalculation(PayForResults terms) {
        this.terms = terms;
        this.rule = require(terms.rule(), "a rule");
        if (rule == PayRule.ALL_OR_NOTHING) {
            require(terms.threshold(), "a threshold");
            require(terms.amount(), "an amount");
        } else {
            require(terms.amountPerOutcome(), "an amount per outcome");
        }
    }

    /** The calculation of complete terms; terms that cannot be paid on are refused, naming what is missing. */
    public static PayForResultsCalculation of(PayForResults terms) {
        return new PayForResultsCalculation(terms);
    }

    public PayForResults terms() {
        return terms;
    }

    /** The payment for the given number of outcomes. */
    public BigDecimal paymentFor(BigDecimal outcomes) {
        if (outcomes.signum() < 0) {
            throw new IllegalArgumentException("Outcomes cannot be negative: " + outcomes);
        }
        if (rule == PayRule.ALL_OR_NOTHING) {
            boolean reached = outcomes.compareTo(Objects.requireNonNull(terms.threshold())) >= 0;
            return reached ? Amounts.normal(Objects.requireNonNull(terms.amount())) : BigDecimal.ZERO;
        }
        BigDecimal earned = Objects.requireNonNull(terms.amountPerOutcome()).multiply(outcomes);
        BigDecimal cap = terms.cap();
        return Amounts.normal(cap != null && earned.compareTo(cap) > 0 ? cap : earned);
    }

    /**
     * The payment for the outcome goal's result in the period; empty where the goal is not the
     * terms' goal or has no figure for the period.
     */
    public Optional<BigDecimal> paymentFor(Goal outcomeGoal, Period period) {
        if (terms.goal() != null && !terms.goal().equals(outcomeGoal.id())) {
            throw new IllegalArgumentException(
                    "The terms pay on goal " + terms.goal() + ", not on " + outcomeGoal.id());
        }
        return outcomeGoal.result(period).map(Result::value).map(this::paymentFor);
    }

    /** The goal whose outcomes the terms pay on, wherever in the plan it is. */
    public Optional<Goal> outcomeGoal(Plan plan) {
        return terms.goal() == null ? Optional.empty() : plan.goal(terms.goal());
    }

    private static <T> T require(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("Pay-for-results terms without " + what + " cannot be calculated");
        }
        return value;
    }
}
