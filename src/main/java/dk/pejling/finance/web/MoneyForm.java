package dk.pejling.finance.web;

import dk.pejling.finance.BudgetChecks;
import dk.pejling.plan.Plan;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The money page's two forms, the frame and the budgets, as the planner sees them: each field with
 * what was typed (after a refused submit) or what is stored, and its error where it has one.
 */
public record MoneyForm(List<Integer> years, List<Cell> frame, List<Row> budgets, List<BudgetChecks.Problem> problems) {

    /** One input: its name (also its id), the text in it, and its Danish error or null. */
    public record Cell(int year, String field, String value, @Nullable String error) {}

    /** One initiative's budget inputs, a cell per year. */
    public record Row(String initiativeId, @Nullable String number, String title, List<Cell> cells) {}

    static MoneyForm of(Plan plan, List<Integer> years, Map<String, String> typed, List<BudgetChecks.Problem> problems) {
        Map<String, String> errors = new HashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        List<Cell> frame = years.stream()
                .map(y -> cell(y, FinancePageController.FRAME_FIELD + y, FinancePageController.stored(plan.budgetFrame(), y),
                        typed, errors))
                .toList();
        List<Row> rows = plan.allInitiatives().stream()
                .map(i -> new Row(i.id(), i.number(), i.title(), years.stream()
                        .map(y -> cell(y, FinancePageController.budgetField(y, i.id()),
                                FinancePageController.stored(i.budget(), y), typed, errors))
                        .toList()))
                .toList();
        return new MoneyForm(years, frame, rows, List.copyOf(problems));
    }

    private static Cell cell(int year, String field, @Nullable BigDecimal stored, Map<String, String> typed,
            Map<String, String> errors) {
        String value = typed.containsKey(field) ? typed.get(field) : stored == null ? "" : DanishFormat.number(stored);
        return new Cell(year, field, value, errors.get(field));
    }

    /** True where the refused submit was the frame form. */
    public boolean frameRefused() {
        return problems.stream().anyMatch(p -> p.field().startsWith(FinancePageController.FRAME_FIELD));
    }

    public boolean budgetsRefused() {
        return problems.stream().anyMatch(p -> !p.field().startsWith(FinancePageController.FRAME_FIELD));
    }
}
