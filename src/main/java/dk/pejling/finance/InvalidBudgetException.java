package dk.pejling.finance;

import java.util.List;

/** A budget or frame change refused: nothing was stored, and each problem says where and what. */
public final class InvalidBudgetException extends RuntimeException {

    private final List<BudgetChecks.Problem> problems;

    public InvalidBudgetException(List<BudgetChecks.Problem> problems) {
        super(problems.isEmpty() ? "invalid budget" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<BudgetChecks.Problem> problems() {
        return problems;
    }
}
