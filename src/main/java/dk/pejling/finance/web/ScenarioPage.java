package dk.pejling.finance.web;

import dk.pejling.finance.CatalogueScenario;
import dk.pejling.finance.FrameBalance;
import dk.pejling.finance.Years;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The scenario page's form read and worked out: which catalogue initiatives are picked, each
 * one's target group as the planner sets it, the frame per year, and what the pick costs per year
 * against the frame. Whatever cannot be read is named in Danish and left out of the sums, so the
 * page always shows the totals of what was understood.
 */
public record ScenarioPage(
        String catalogueId,
        List<Integer> years,
        List<Option> options,
        List<Cell> frame,
        List<Picked> picked,
        SortedMap<Integer, BigDecimal> totals,
        List<Balance> balances,
        List<String> unpriced,
        List<String> problems) {

    static final String PICK = "indsats";
    static final String GROUP = "gruppe-";
    static final String FRAME = "ramme-";

    /** A catalogue initiative to pick, with its target group input where the catalogue states a size. */
    public record Option(
            String id,
            @Nullable String number,
            String title,
            boolean picked,
            @Nullable String financingText,
            @Nullable BigDecimal statedSize,
            boolean scales,
            String groupField,
            String groupValue,
            @Nullable String groupError) {}

    public record Cell(int year, String field, String value, @Nullable String error) {}

    /** A picked initiative and what it costs each year of the scenario. */
    public record Picked(String id, String title, @Nullable BigDecimal size, BigDecimal scale, SortedMap<Integer, BigDecimal> cost) {

        public @Nullable BigDecimal in(int year) {
            return cost.get(year);
        }
    }

    public record Balance(int year, BigDecimal frame, BigDecimal total, BigDecimal left, boolean over) {}

    static ScenarioPage of(Plan catalogue, MultiValueMap<String, String> form) {
        List<Integer> years = FinancePageController.years(catalogue);
        List<String> problems = new ArrayList<>();
        List<String> pickedIds = form.getOrDefault(PICK, List.of());
        for (String id : pickedIds) {
            if (catalogue.initiative(id).isEmpty()) {
                problems.add("Kataloget har ingen indsats »" + id + "«.");
            }
        }
        CatalogueScenario scenario = CatalogueScenario.of(catalogue);
        List<Option> options = new ArrayList<>();
        for (Initiative i : catalogue.allInitiatives()) {
            boolean picked = pickedIds.contains(i.id());
            if (picked) {
                scenario = scenario.pick(i.id());
            }
            BigDecimal stated = scenario.targetGroupSize(i.id()).orElse(null);
            Financing f = i.financing();
            String field = GROUP + i.id();
            String typed = form.getFirst(field);
            String error = null;
            if (stated != null && typed != null && !typed.isBlank()) {
                try {
                    BigDecimal size = AmountInput.parse(typed);
                    if (size == null || size.signum() <= 0) {
                        error = "Målgruppen for " + i.title() + " skal være større end 0.";
                    } else if (size.compareTo(stated) != 0) {
                        scenario = scenario.scaleTargetGroup(i.id(), size);
                    }
                } catch (AmountInput.NotAnAmount e) {
                    error = "Målgruppen for " + i.title() + ": »" + typed.strip() + "« er ikke et tal.";
                }
            }
            if (error != null) {
                problems.add(error);
            }
            options.add(new Option(i.id(), i.number(), i.title(), picked, f == null ? null : f.text(), stated,
                    f != null && f.scalesWithTargetGroup(), field,
                    typed != null ? typed : stated == null ? "" : DanishFormat.number(stated), error));
        }
        Map<Integer, BigDecimal> frameAmounts = new LinkedHashMap<>();
        List<Cell> frame = new ArrayList<>();
        for (int year : years) {
            String field = FRAME + year;
            String typed = form.getFirst(field);
            String error = null;
            try {
                BigDecimal amount = AmountInput.parse(typed);
                if (amount != null && amount.signum() < 0) {
                    error = "Rammen for " + year + " må ikke være negativ.";
                } else if (amount != null) {
                    frameAmounts.put(year, amount);
                }
            } catch (AmountInput.NotAnAmount e) {
                error = "Rammen for " + year + ": " + e.getMessage();
            }
            if (error != null) {
                problems.add(error);
            }
            frame.add(new Cell(year, field, typed == null ? "" : typed, error));
        }
        if (years.isEmpty()) {
            return new ScenarioPage(catalogue.id(), years, options, frame, List.of(), new TreeMap<>(), List.of(),
                    List.of(), problems);
        }
        Years span = Years.of(years.get(0), years.get(years.size() - 1));
        CatalogueScenario done = scenario;
        List<Picked> picked = done.picked().stream()
                .map(i -> new Picked(i.id(), i.title(), done.targetGroupSize(i.id()).orElse(null), done.scale(i.id()),
                        done.cost(i.id(), span)))
                .toList();
        List<Balance> balances = done.against(frameAmounts).stream().map(ScenarioPage::balance).toList();
        return new ScenarioPage(catalogue.id(), years, options, frame, picked, done.totals(span), balances,
                done.unpriced().stream().map(Initiative::title).toList(), problems);
    }

    private static Balance balance(FrameBalance b) {
        return new Balance(b.year(), b.frame(), b.total(), b.left(), b.isOver());
    }

    /** The scenario as the adopting code needs it: the picked ids, and each scaled size. */
    static CatalogueScenario scenario(Plan catalogue, ScenarioPage page) {
        CatalogueScenario scenario = CatalogueScenario.of(catalogue);
        for (Picked p : page.picked()) {
            scenario = scenario.pick(p.id());
            if (p.scale().compareTo(BigDecimal.ONE) != 0 && p.size() != null) {
                scenario = scenario.scaleTargetGroup(p.id(), p.size());
            }
        }
        return scenario;
    }

    public boolean anyOver() {
        return balances.stream().anyMatch(Balance::over);
    }
}
