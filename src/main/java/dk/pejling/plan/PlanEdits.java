package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The edits a planner makes in the pages, each a pure function from a plan to the plan with one
 * thing changed. Nothing else in the plan moves: ids, order and every other field stay, so saving
 * the result with {@link PlanService#replace} changes exactly what the form said.
 */
public final class PlanEdits {

    private PlanEdits() {}

    /** A new, empty draft plan. */
    public static Plan newPlan(
            String id, String title, PlanPeriod period, @Nullable String kind, @Nullable String owner, List<String> levels) {
        return new Plan(id, title, kind, null, owner, period, PlanStatus.DRAFT, null, null, null, List.of(), null,
                List.copyOf(levels), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The plan's own facts changed; its tree stays. */
    public static Plan withFacts(
            Plan p, String title, PlanPeriod period, @Nullable String kind, @Nullable String owner, List<String> levels) {
        return new Plan(p.id(), title, kind, p.organisation(), owner, period, p.status(), p.asOf(), p.text(), p.document(),
                p.texts(), p.significance(), List.copyOf(levels), p.units(), p.goals(), p.sections(), p.initiatives(),
                p.grants(), p.budgetFrame());
    }

    /** The same plan in another status: adopted by the committee, or closed. */
    public static Plan withStatus(Plan p, PlanStatus status) {
        return new Plan(p.id(), p.title(), p.kind(), p.organisation(), p.owner(), p.period(), status, p.asOf(), p.text(),
                p.document(), p.texts(), p.significance(), p.levels(), p.units(), p.goals(), p.sections(), p.initiatives(),
                p.grants(), p.budgetFrame());
    }

    /** An id not yet used by any section, initiative or goal of the plan: {@code prefix1}, {@code prefix2}, … */
    public static String freshId(Plan plan, String prefix) {
        Set<String> used = new TreeSet<>();
        plan.forEachSection(s -> used.add(s.id()));
        plan.allInitiatives().forEach(i -> used.add(i.id()));
        plan.allGoals().forEach(g -> used.add(g.id()));
        for (int n = 1; ; n++) {
            if (!used.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    // ---- sections

    public static Section newSection(String id, @Nullable String number, String title, @Nullable String text) {
        return new Section(id, number, title, text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Adds a section at the top of the tree, or under the section {@code parentId}. */
    public static Plan addSection(Plan plan, @Nullable String parentId, Section section) {
        if (parentId == null) {
            return withSections(plan, append(plan.sections(), section));
        }
        return updateSection(plan, parentId, s -> withChildren(s, append(s.sections(), section), s.initiatives(), s.goals()));
    }

    /** Changes the section's number, title and text; what it holds stays. */
    public static Plan editSection(Plan plan, String sectionId, @Nullable String number, String title, @Nullable String text) {
        return updateSection(plan, sectionId, s -> new Section(s.id(), number, title, text, s.texts(), s.goals(),
                s.sections(), s.initiatives(), s.funding(), s.reports()));
    }

    /** Removes the section with everything in it. */
    public static Plan removeSection(Plan plan, String sectionId) {
        requireSection(plan, sectionId);
        return withSections(plan, withoutSection(plan.sections(), sectionId));
    }

    public static Plan updateSection(Plan plan, String sectionId, UnaryOperator<Section> change) {
        requireSection(plan, sectionId);
        return withSections(plan, mapSections(plan.sections(), sectionId, change));
    }

    // ---- initiatives

    /** What a planner states of an initiative in the form; the rest of an initiative stays as it was. */
    public record InitiativeFacts(
            @Nullable String number,
            String title,
            @Nullable String text,
            List<String> units,
            @Nullable Period start,
            @Nullable Period end,
            @Nullable InitiativeStatus status,
            List<YearAmount> budget) {}

    public static Initiative newInitiative(String id, InitiativeFacts f) {
        return new Initiative(id, f.number(), f.title(), f.status(), f.start(), f.end(), false, f.text(), null, null,
                null, null, null, sortedBudget(f.budget()), List.copyOf(f.units()), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** Adds an initiative to the plan itself, or to the section {@code sectionId}. */
    public static Plan addInitiative(Plan plan, @Nullable String sectionId, Initiative initiative) {
        if (sectionId == null) {
            return withInitiatives(plan, append(plan.initiatives(), initiative));
        }
        return updateSection(plan, sectionId,
                s -> withChildren(s, s.sections(), append(s.initiatives(), initiative), s.goals()));
    }

    public static Plan editInitiative(Plan plan, String initiativeId, InitiativeFacts f) {
        return updateInitiative(plan, initiativeId, i -> new Initiative(i.id(), f.number(), f.title(), f.status(),
                f.start(), f.end(), i.evidenceBased(), f.text(), i.inspiration(), i.effect(), i.targetGroup(),
                i.financing(), i.payForResults(), sortedBudget(f.budget()), List.copyOf(f.units()), i.funding(),
                i.goals(), i.reports(), i.remarks(), i.texts(), i.origin()));
    }

    public static Plan removeInitiative(Plan plan, String initiativeId) {
        requireInitiative(plan, initiativeId);
        UnaryOperator<List<Initiative>> without =
                list -> list.stream().filter(i -> !i.id().equals(initiativeId)).toList();
        return mapInitiativeLists(plan, without);
    }

    public static Plan updateInitiative(Plan plan, String initiativeId, UnaryOperator<Initiative> change) {
        requireInitiative(plan, initiativeId);
        return mapInitiativeLists(plan,
                list -> list.stream().map(i -> i.id().equals(initiativeId) ? change.apply(i) : i).toList());
    }

    // ---- goals

    /** What a planner states of a goal in the form. */
    public record GoalFacts(
            @Nullable String number,
            GoalKind kind,
            String text,
            MeasureUnit unit,
            Direction direction,
            @Nullable BigDecimal baselineValue,
            @Nullable Period baselineDate) {}

    public static Goal newGoal(String id, GoalFacts f) {
        return new Goal(id, f.number(), f.kind(), f.text(), f.unit(), f.direction(), null, baseline(f), null, false,
                null, List.of(), List.of());
    }

    /** Adds a goal to the plan itself, or to the initiative {@code initiativeId}. */
    public static Plan addGoal(Plan plan, @Nullable String initiativeId, Goal goal) {
        if (initiativeId == null) {
            return withGoals(plan, append(plan.goals(), goal));
        }
        return updateInitiative(plan, initiativeId, i -> withGoals(i, append(i.goals(), goal)));
    }

    public static Plan editGoal(Plan plan, String goalId, GoalFacts f) {
        return updateGoal(plan, goalId, g -> new Goal(g.id(), f.number(), f.kind(), f.text(), f.unit(), f.direction(),
                g.contributesTo(), g.baseline() == null && f.baselineValue() == null && f.baselineDate() == null
                        ? null
                        : new Baseline(f.baselineValue(), f.baselineDate(), g.baseline() == null ? null : g.baseline().text()),
                g.significance(), g.multiPart(), g.measurableFrom(), g.targets(), g.results()));
    }

    public static Plan removeGoal(Plan plan, String goalId) {
        requireGoal(plan, goalId);
        return mapGoalLists(plan, list -> list.stream().filter(g -> !g.id().equals(goalId)).toList());
    }

    public static Plan updateGoal(Plan plan, String goalId, UnaryOperator<Goal> change) {
        requireGoal(plan, goalId);
        return mapGoalLists(plan, list -> list.stream().map(g -> g.id().equals(goalId) ? change.apply(g) : g).toList());
    }

    // ---- targets and results

    /**
     * The goal with the level it asks for in the period. A target that replaces one already set must
     * name the decision that changed it: the plan's documents cite it ({@code BIU har 23.11.2020
     * besluttet at nedjustere målet for 2021 til 195.}). The goal keeps one target per period, as the
     * plan bundle does; the replaced figure is kept by the caller in the target history.
     */
    public static Goal setTarget(Goal goal, Period period, BigDecimal value, @Nullable Decision decision) {
        Optional<Target> old = goal.target(period);
        if (old.isPresent() && old.get().value() != null && old.get().value().compareTo(value) != 0 && decision == null) {
            throw new IllegalArgumentException("a changed target needs the decision that changed it");
        }
        Target target = new Target(period, value, null, null, null, null, null,
                decision != null ? decision : old.map(Target::decision).orElse(null));
        List<Target> out = new ArrayList<>(goal.targets().stream().filter(t -> !period.equals(t.period())).toList());
        out.add(target);
        out.sort(Comparator.comparing(Target::period, Comparator.nullsFirst(Comparator.naturalOrder())));
        return withTargetsAndResults(goal, out, goal.results());
    }

    /** True where setting {@code value} for the period changes a target already set, so a decision is needed. */
    public static boolean changesTarget(Goal goal, Period period, BigDecimal value) {
        return goal.target(period).map(Target::value).filter(v -> v.compareTo(value) != 0).isPresent();
    }

    /** Removes the goal's target for the period. */
    public static Goal removeTarget(Goal goal, Period period) {
        return withTargetsAndResults(
                goal, goal.targets().stream().filter(t -> !period.equals(t.period())).toList(), goal.results());
    }

    /** The goal with its result for the period recorded, replacing a figure recorded before. */
    public static Goal recordResult(Goal goal, Period period, BigDecimal value, @Nullable LocalDate asOf) {
        Optional<Result> old = goal.result(period);
        Result result = old.map(r -> new Result(period, value, r.of(), null, r.breakdown(), r.forecast(),
                        r.assessment(), r.reason(), r.text(), asOf))
                .orElseGet(() -> new Result(period, value, null, null, Map.of(), null, null, null, null, asOf));
        List<Result> out = new ArrayList<>(goal.results().stream().filter(r -> !r.period().equals(period)).toList());
        out.add(result);
        out.sort(Comparator.comparing(Result::period));
        return withTargetsAndResults(goal, goal.targets(), out);
    }

    public static Goal removeResult(Goal goal, Period period) {
        return withTargetsAndResults(
                goal, goal.targets(), goal.results().stream().filter(r -> !r.period().equals(period)).toList());
    }

    // ---- the tree, rebuilt around one change

    private static Plan mapInitiativeLists(Plan p, UnaryOperator<List<Initiative>> f) {
        Plan top = withInitiatives(p, f.apply(p.initiatives()));
        return withSections(top, mapAllSections(top.sections(), s -> withChildren(s, s.sections(), f.apply(s.initiatives()), s.goals())));
    }

    private static Plan mapGoalLists(Plan p, UnaryOperator<List<Goal>> f) {
        UnaryOperator<Initiative> inInitiative = i -> withGoals(i, f.apply(i.goals()));
        Plan top = withGoals(p, f.apply(p.goals()));
        top = withInitiatives(top, top.initiatives().stream().map(inInitiative).toList());
        return withSections(top, mapAllSections(top.sections(), s -> withChildren(
                s, s.sections(), s.initiatives().stream().map(inInitiative).toList(), f.apply(s.goals()))));
    }

    /** Applies {@code f} to every section, children first, so a change deep down reaches the top. */
    private static List<Section> mapAllSections(List<Section> sections, UnaryOperator<Section> f) {
        return sections.stream()
                .map(s -> f.apply(withChildren(s, mapAllSections(s.sections(), f), s.initiatives(), s.goals())))
                .toList();
    }

    private static List<Section> mapSections(List<Section> sections, String id, UnaryOperator<Section> f) {
        return sections.stream()
                .map(s -> s.id().equals(id)
                        ? f.apply(s)
                        : withChildren(s, mapSections(s.sections(), id, f), s.initiatives(), s.goals()))
                .toList();
    }

    private static List<Section> withoutSection(List<Section> sections, String id) {
        return sections.stream()
                .filter(s -> !s.id().equals(id))
                .map(s -> withChildren(s, withoutSection(s.sections(), id), s.initiatives(), s.goals()))
                .toList();
    }

    private static Section withChildren(Section s, List<Section> sections, List<Initiative> initiatives, List<Goal> goals) {
        return new Section(s.id(), s.number(), s.title(), s.text(), s.texts(), goals, sections, initiatives, s.funding(),
                s.reports());
    }

    private static Plan withSections(Plan p, List<Section> sections) {
        return new Plan(p.id(), p.title(), p.kind(), p.organisation(), p.owner(), p.period(), p.status(), p.asOf(),
                p.text(), p.document(), p.texts(), p.significance(), p.levels(), p.units(), p.goals(), sections,
                p.initiatives(), p.grants(), p.budgetFrame());
    }

    private static Plan withInitiatives(Plan p, List<Initiative> initiatives) {
        return new Plan(p.id(), p.title(), p.kind(), p.organisation(), p.owner(), p.period(), p.status(), p.asOf(),
                p.text(), p.document(), p.texts(), p.significance(), p.levels(), p.units(), p.goals(), p.sections(),
                initiatives, p.grants(), p.budgetFrame());
    }

    private static Plan withGoals(Plan p, List<Goal> goals) {
        return new Plan(p.id(), p.title(), p.kind(), p.organisation(), p.owner(), p.period(), p.status(), p.asOf(),
                p.text(), p.document(), p.texts(), p.significance(), p.levels(), p.units(), goals, p.sections(),
                p.initiatives(), p.grants(), p.budgetFrame());
    }

    private static Initiative withGoals(Initiative i, List<Goal> goals) {
        return new Initiative(i.id(), i.number(), i.title(), i.status(), i.start(), i.end(), i.evidenceBased(), i.text(),
                i.inspiration(), i.effect(), i.targetGroup(), i.financing(), i.payForResults(), i.budget(), i.units(),
                i.funding(), goals, i.reports(), i.remarks(), i.texts(), i.origin());
    }

    private static Goal withTargetsAndResults(Goal g, List<Target> targets, List<Result> results) {
        return new Goal(g.id(), g.number(), g.kind(), g.text(), g.unit(), g.direction(), g.contributesTo(), g.baseline(),
                g.significance(), g.multiPart(), g.measurableFrom(), List.copyOf(targets), List.copyOf(results));
    }

    private static @Nullable Baseline baseline(GoalFacts f) {
        return f.baselineValue() == null && f.baselineDate() == null ? null : new Baseline(f.baselineValue(), f.baselineDate(), null);
    }

    private static List<YearAmount> sortedBudget(List<YearAmount> budget) {
        return budget.stream().sorted(Comparator.comparingInt(YearAmount::year)).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    private static void requireSection(Plan plan, String id) {
        boolean[] found = {false};
        plan.forEachSection(s -> found[0] |= s.id().equals(id));
        if (!found[0]) {
            throw new NoSuchElementException("no section " + id);
        }
    }

    private static void requireInitiative(Plan plan, String id) {
        plan.initiative(id).orElseThrow(() -> new NoSuchElementException("no initiative " + id));
    }

    private static void requireGoal(Plan plan, String id) {
        plan.goal(id).orElseThrow(() -> new NoSuchElementException("no goal " + id));
    }
}
