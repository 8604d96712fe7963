package dk.pejling.report.web;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Section;
import dk.pejling.report.DocumentCheck;
import dk.pejling.report.DocumentChecks;
import dk.pejling.report.DocumentType;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan's goals judged in one period, as the dashboard shows them: every goal with its place in
 * the plan, and what needs attention (goals not met without a remark, figures missing). Built once
 * per plan revision and period ({@link DashboardCache}); filtering and counting run on it per request.
 */
public record Dashboard(Period period, List<DashboardGoal> goals, List<DocumentCheck> unmetWithoutRemark,
        List<DocumentCheck> missingFigures) {

    /** The judgements the dashboard counts, in the order it shows them. */
    public static final List<Assessment> COUNTED = List.of(
            Assessment.ACHIEVED, Assessment.NOT_ACHIEVED, Assessment.NOT_STARTED, Assessment.PENDING,
            Assessment.NOT_APPLICABLE);

    static Dashboard of(Plan plan, Period period) {
        Map<String, GoalStatus> statuses = new HashMap<>();
        PlanAssessor.assess(plan, List.of(period)).forEach(s -> statuses.put(s.goalId(), s));
        Map<String, String> unitNames = new HashMap<>();
        plan.units().forEach(u -> unitNames.put(u.id(), u.name()));
        List<DashboardGoal> goals = new ArrayList<>();
        plan.goals().forEach(g -> goals.add(goal(g, null, null, statuses, unitNames, period)));
        plan.initiatives().forEach(i -> i.goals().forEach(g -> goals.add(goal(g, null, i, statuses, unitNames, period))));
        for (Section top : plan.sections()) {
            collect(top, top.id(), goals, statuses, unitNames, period);
        }
        List<DocumentCheck> checks = DocumentChecks.of(plan, DocumentType.STATUS, List.of(period));
        return new Dashboard(period, List.copyOf(goals),
                checks.stream().filter(c -> c.kind() == DocumentCheck.Kind.UNMET_WITHOUT_REMARK).toList(),
                checks.stream().filter(c -> c.kind() == DocumentCheck.Kind.NO_FIGURES).toList());
    }

    private static void collect(Section section, String topId, List<DashboardGoal> goals, Map<String, GoalStatus> statuses,
            Map<String, String> unitNames, Period period) {
        section.goals().forEach(g -> goals.add(goal(g, topId, null, statuses, unitNames, period)));
        section.initiatives().forEach(i -> i.goals().forEach(g -> goals.add(goal(g, topId, i, statuses, unitNames, period))));
        section.sections().forEach(s -> collect(s, topId, goals, statuses, unitNames, period));
    }

    private static DashboardGoal goal(Goal goal, @Nullable String sectionId, @Nullable Initiative initiative,
            Map<String, GoalStatus> statuses, Map<String, String> unitNames, Period period) {
        GoalStatus status = statuses.get(goal.id());
        boolean applies = goal.target(period).isPresent() || goal.result(period).isPresent()
                || goal.targets().stream().anyMatch(t -> t.period() == null);
        List<String> units = initiative == null ? List.of() : initiative.units();
        return new DashboardGoal(
                goal.id(),
                goal.text(),
                goal.kind(),
                sectionId,
                initiative == null ? null : initiative.id(),
                initiative == null ? null : (initiative.number() == null ? "" : initiative.number() + ". ") + initiative.title(),
                units,
                units.stream().map(u -> unitNames.getOrDefault(u, u)).toList(),
                applies ? status : null,
                goal.target(period).orElse(null),
                goal.result(period).orElse(null));
    }

    /** The goals the filter lets through, in the plan's order. */
    List<DashboardGoal> filtered(DashboardFilter filter) {
        return filter.isEmpty() ? goals : goals.stream().filter(filter::accepts).toList();
    }

    /** How many goals have each judgement, over the goals given. */
    static Counts count(String id, String name, @Nullable String link, List<DashboardGoal> goals) {
        Map<Assessment, Integer> counts = new EnumMap<>(Assessment.class);
        goals.forEach(g -> counts.merge(g.assessment(), 1, Integer::sum));
        return new Counts(id, name, link, goals.size(), counts);
    }

    /** Counts per group: the plan's top-level sections (goals of the plan itself under {@code wholePlan}), or its initiatives. */
    static List<Counts> perSection(Plan plan, List<DashboardGoal> goals, String wholePlan) {
        Map<String, List<DashboardGoal>> by = new LinkedHashMap<>();
        goals.forEach(g -> by.computeIfAbsent(g.sectionId() == null ? "" : g.sectionId(), k -> new ArrayList<>()).add(g));
        List<Counts> out = new ArrayList<>();
        if (by.containsKey("")) {
            out.add(count("", wholePlan, null, by.get("")));
        }
        for (Section s : plan.sections()) {
            if (by.containsKey(s.id())) {
                out.add(count(s.id(), (s.number() == null ? "" : s.number() + ". ") + s.title(), null, by.get(s.id())));
            }
        }
        return out;
    }

    static List<Counts> perInitiative(Plan plan, List<DashboardGoal> goals) {
        Map<String, List<DashboardGoal>> by = new LinkedHashMap<>();
        goals.stream().filter(g -> g.initiativeId() != null)
                .forEach(g -> by.computeIfAbsent(g.initiativeId(), k -> new ArrayList<>()).add(g));
        List<Counts> out = new ArrayList<>();
        by.forEach((id, list) -> out.add(count(id, list.get(0).initiativeName(), "/plans/" + plan.id() + "/initiatives/" + id, list)));
        return out;
    }

    /** The judgements of a group of goals: how many in all and how many of each. */
    public record Counts(String id, String name, @Nullable String link, int total, Map<Assessment, Integer> counts) {
        public int of(Assessment a) {
            return counts.getOrDefault(a, 0);
        }

        public int of(String code) {
            return of(Assessment.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
        }
    }
}
