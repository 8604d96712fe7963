package dk.pejling.assessment;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The money set aside for an initiative, in words, as seed 000 heads each initiative: {@code 3,3
 * mio. kr. årligt}; {@code 2,5 mio. kr. årligt, 2,3 mio. kr. i 2020}; {@code 0,6 mio. kr. i 2019 og
 * 0,4 mio. kr. i 2020}; {@code 0,6 mio. kr. i 2020}.
 *
 * <p>The yearly rate ({@code årligt}) is the amount of most years. Where two amounts are equally
 * common, the amounts alone cannot tell a rate with an exception from a list of years: seed 000
 * writes 2,5 and 2,3 million as {@code 2,5 mio. kr. årligt, 2,3 mio. kr. i 2020} for nr. 2, which
 * runs on, and 0,6 and 0,4 million as {@code 0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020} for nr. 3,
 * which ended in 2020. So an initiative that runs on beyond the document keeps its first year's
 * amount as its rate, and one that has ended lists its years.
 */
public final class BudgetText {

    private BudgetText() {}

    /** The budget text of an initiative in a document covering {@code documentPeriods}. */
    public static String of(Initiative initiative, Collection<Period> documentPeriods) {
        return describe(initiative.budget(), runsOn(initiative, documentPeriods));
    }

    /**
     * The text of yearly amounts; {@code runsOn} says whether the initiative continues after the
     * document. Years without money are left out; no money at all is an empty text.
     */
    public static String describe(List<YearAmount> budget, boolean runsOn) {
        List<YearAmount> years = budget.stream()
                .filter(y -> y.amount().signum() > 0)
                .sorted(Comparator.comparingInt(YearAmount::year))
                .collect(Collectors.toList());
        if (years.isEmpty()) {
            return "";
        }
        Map<BigDecimal, List<Integer>> yearsByAmount = new LinkedHashMap<>();
        years.forEach(y -> yearsByAmount
                .computeIfAbsent(Decimals.normal(y.amount()), a -> new ArrayList<>())
                .add(y.year()));
        if (years.size() == 1) {
            return inYears(years.get(0).amount(), List.of(years.get(0).year()));
        }
        BigDecimal rate = rate(yearsByAmount, runsOn);
        if (rate == null) {
            return joined(years.stream()
                    .map(y -> inYears(y.amount(), List.of(y.year())))
                    .collect(Collectors.toList()));
        }
        List<String> exceptions = new ArrayList<>();
        yearsByAmount.forEach((amount, inYears) -> {
            if (amount.compareTo(rate) != 0) {
                exceptions.add(inYears(amount, inYears));
            }
        });
        String yearly = DanishFormat.millions(rate) + " årligt";
        return exceptions.isEmpty() ? yearly : yearly + ", " + joined(exceptions);
    }

    /** The most common amount; on a tie the first year's where the initiative runs on, else none. */
    private static @Nullable BigDecimal rate(Map<BigDecimal, List<Integer>> yearsByAmount, boolean runsOn) {
        int most = yearsByAmount.values().stream().mapToInt(List::size).max().orElse(0);
        List<BigDecimal> common = yearsByAmount.entrySet().stream()
                .filter(e -> e.getValue().size() == most)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        if (common.size() == 1 && most > 1) {
            return common.get(0);
        }
        // the map keeps the order of first years, so the first common amount is the earliest
        return runsOn ? common.get(0) : null;
    }

    private static boolean runsOn(Initiative initiative, Collection<Period> documentPeriods) {
        if (initiative.status() == InitiativeStatus.ENDED || initiative.status() == InitiativeStatus.CANCELLED) {
            return false;
        }
        Period end = initiative.end();
        return end == null
                || documentPeriods.stream().allMatch(p -> end.end().isAfter(p.end()));
    }

    private static String inYears(BigDecimal amount, List<Integer> years) {
        return DanishFormat.millions(amount) + " i "
                + joined(years.stream().map(String::valueOf).collect(Collectors.toList()));
    }

    /** {@code a}, {@code a og b}, {@code a, b og c}. */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }
}
