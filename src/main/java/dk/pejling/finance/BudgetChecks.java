package dk.pejling.finance;

import dk.pejling.plan.Plan;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a budget frame or an initiative's budget must keep before it is stored: each year
 * once, inside the plan's period, an amount of at least 0 kroner in whole øre that the tables can
 * hold. Each problem names the field it concerns and says in Danish where and what.
 */
public final class BudgetChecks {

    /** The most the tables hold: numeric(19,4), so 15 digits before the decimal point. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999999.99");

    /** One year's amount as entered; {@code amount} is null where the field was left out. */
    public record Line(String field, String where, @Nullable Integer year, @Nullable BigDecimal amount) {}

    /** What is wrong, the field it concerns, and a Danish message that says where. */
    public record Problem(String field, String message) {}

    private BudgetChecks() {}

    /** Every problem of the lines, in their order; empty where they can be stored. */
    public static List<Problem> check(Plan plan, List<Line> lines) {
        List<Problem> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Line line : lines) {
            Integer year = line.year();
            if (year == null) {
                out.add(new Problem(line.field(), line.where() + ": året mangler."));
            } else if (!plan.covers(Period.year(year))) {
                out.add(new Problem(line.field(), line.where() + ": " + year + " ligger uden for planens periode "
                        + plan.period().start() + "–" + plan.period().end() + "."));
            } else if (!seen.add(year)) {
                out.add(new Problem(line.field(), line.where() + ": " + year + " står mere end én gang."));
            }
            BigDecimal amount = line.amount();
            if (amount == null) {
                out.add(new Problem(line.field(), line.where() + ": beløbet mangler."));
            } else if (amount.signum() < 0) {
                out.add(new Problem(line.field(), line.where() + ": beløbet må ikke være negativt."));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                out.add(new Problem(line.field(), line.where() + ": beløbet kan højst have to decimaler (øre)."));
            } else if (amount.compareTo(LARGEST) > 0) {
                out.add(new Problem(line.field(), line.where() + ": beløbet er for stort."));
            }
        }
        return out;
    }

    /** The lines as the plan keeps them, in year order. */
    public static List<YearAmount> yearAmounts(List<Line> lines) {
        return lines.stream()
                .map(l -> new YearAmount(requireNonNull(l.year()), Amounts.normal(requireNonNull(l.amount()))))
                .sorted(java.util.Comparator.comparingInt(YearAmount::year))
                .toList();
    }

    private static <T> T requireNonNull(@Nullable T value) {
        return java.util.Objects.requireNonNull(value);
    }
}
