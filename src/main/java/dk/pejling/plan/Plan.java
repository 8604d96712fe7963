package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan as one value: its tree of sections, initiatives and goals with targets and
 * results, its units and grants. The plan bundle is this value written down; the database holds
 * it in tables. Lists are never null; optional fields are. {@code budgetFrame} is the money the
 * committee sets aside for the whole plan per year (rammen), which the initiatives' budgets are
 * held against; a year without a line has no frame.
 */
public record Plan(
        String id,
        String title,
        @Nullable String kind,
        @Nullable String organisation,
        @Nullable String owner,
        PlanPeriod period,
        PlanStatus status,
        @Nullable LocalDate asOf,
        @Nullable String text,
        @Nullable DocumentInfo document,
        List<TitledText> texts,
        @Nullable BigDecimal significance,
        List<String> levels,
        List<Unit> units,
        List<Goal> goals,
        List<Section> sections,
        List<Initiative> initiatives,
        List<Grant> grants,
        List<YearAmount> budgetFrame) {

    /** A plan without a budget frame. */
    public Plan(
            String id,
            String title,
            @Nullable String kind,
            @Nullable String organisation,
            @Nullable String owner,
            PlanPeriod period,
            PlanStatus status,
            @Nullable LocalDate asOf,
            @Nullable String text,
            @Nullable DocumentInfo document,
            List<TitledText> texts,
            @Nullable BigDecimal significance,
            List<String> levels,
            List<Unit> units,
            List<Goal> goals,
            List<Section> sections,
            List<Initiative> initiatives,
            List<Grant> grants) {
        this(id, title, kind, organisation, owner, period, status, asOf, text, document, texts, significance, levels,
                units, goals, sections, initiatives, grants, List.of());
    }

    /** The same plan with another budget frame. */
    public Plan withBudgetFrame(List<YearAmount> frame) {
        return new Plan(id, title, kind, organisation, owner, period, status, asOf, text, document, texts,
                significance, levels, units, goals, sections, initiatives, grants, List.copyOf(frame));
    }

    /** The same plan with one initiative, wherever in the tree it is, changed by {@code change}. */
    public Plan withInitiative(String initiativeId, UnaryOperator<Initiative> change) {
        UnaryOperator<Initiative> one = i -> i.id().equals(initiativeId) ? change.apply(i) : i;
        return new Plan(id, title, kind, organisation, owner, period, status, asOf, text, document, texts,
                significance, levels, units, goals, sections.stream().map(s -> s.withInitiatives(one)).toList(),
                initiatives.stream().map(one).toList(), grants, budgetFrame);
    }

    /** The same plan with one grant changed by {@code change}. */
    public Plan withGrant(String grantId, UnaryOperator<Grant> change) {
        return new Plan(id, title, kind, organisation, owner, period, status, asOf, text, document, texts,
                significance, levels, units, goals, sections, initiatives,
                grants.stream().map(g -> g.id().equals(grantId) ? change.apply(g) : g).toList(), budgetFrame);
    }

    /** The frame for a year, where the plan sets one. */
    public Optional<BigDecimal> budgetFrame(int year) {
        return budgetFrame.stream().filter(f -> f.year() == year).map(YearAmount::amount).findFirst();
    }

    /** Every initiative of the plan, top-level ones first, then the tree's in order. */
    public List<Initiative> allInitiatives() {
        List<Initiative> out = new ArrayList<>(initiatives);
        forEachSection(s -> out.addAll(s.initiatives()));
        return out;
    }

    /** Every goal of the plan: plan-wide, then each section's and initiative's, in tree order. */
    public List<Goal> allGoals() {
        List<Goal> out = new ArrayList<>(goals);
        initiatives.forEach(i -> out.addAll(i.goals()));
        forEachSection(s -> {
            out.addAll(s.goals());
            s.initiatives().forEach(i -> out.addAll(i.goals()));
        });
        return out;
    }

    /** Every period some goal of the plan has a target or a result for, in order. */
    public List<Period> goalPeriods() {
        java.util.TreeSet<Period> out = new java.util.TreeSet<>();
        allGoals().forEach(g -> out.addAll(g.periods()));
        return List.copyOf(out);
    }

    public Optional<Initiative> initiative(String initiativeId) {
        return allInitiatives().stream().filter(i -> i.id().equals(initiativeId)).findFirst();
    }

    public Optional<Goal> goal(String goalId) {
        return allGoals().stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** Visits every section, depth first, parents before children. */
    public void forEachSection(Consumer<Section> visitor) {
        sections.forEach(s -> s.visit(visitor));
    }

    public boolean covers(Period p) {
        return period.contains(p);
    }
}
