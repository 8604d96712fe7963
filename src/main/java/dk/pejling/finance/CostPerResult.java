package dk.pejling.finance;

import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Result;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an initiative's budget bought in a year: kroner per participant (an activity goal's count)
 * and per achieved outcome (a result goal's count, or the count behind a share: 77 of 110).
 * Empty wherever the plan does not give both figures for the year; never a guess.
 */
public final class CostPerResult {

    private final Initiative initiative;

    private CostPerResult(Initiative initiative) {
        this.initiative = initiative;
    }

    public static CostPerResult of(Initiative initiative) {
        return new CostPerResult(initiative);
    }

    /** The year's budget divided by the participants the activity goal counts for that year. */
    public Optional<BigDecimal> perParticipant(int year, String activityGoalId) {
        return costPer(year, activityGoalId, GoalKind.ACTIVITY);
    }

    /** The year's budget divided by the outcomes the result goal counts for that year. */
    public Optional<BigDecimal> perOutcome(int year, String resultGoalId) {
        return costPer(year, resultGoalId, GoalKind.RESULT);
    }

    /** The initiative's budget for the year, where it has one. */
    public Optional<BigDecimal> budget(int year) {
        return initiative.budget().stream()
                .filter(b -> b.year() == year)
                .map(YearAmount::amount)
                .reduce(Amounts::sum);
    }

    /** What the goal counts for the year: participants or outcomes; empty where it counts nobody. */
    public Optional<BigDecimal> counted(int year, String goalId) {
        return initiative.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().flatMap(g -> count(g, year));
    }

    private Optional<BigDecimal> costPer(int year, String goalId, GoalKind kind) {
        Optional<BigDecimal> count = initiative.goals().stream()
                .filter(g -> g.id().equals(goalId) && g.kind() == kind)
                .findFirst()
                .flatMap(g -> count(g, year));
        return budget(year).flatMap(b -> count.map(c -> Amounts.divide(b, c)));
    }

    /**
     * The year's count: a count goal's figure, or the counted part of a share ({@code 77 of 110});
     * a bare percentage counts nobody. Only the year's own result counts, not a quarter's.
     */
    private static Optional<BigDecimal> count(Goal goal, int year) {
        Optional<Result> result = goal.result(Period.year(year));
        boolean counts = goal.unit() == MeasureUnit.COUNT;
        return result.filter(r -> counts || r.of() != null)
                .map(Result::value)
                .filter(v -> v.signum() > 0);
    }
}
