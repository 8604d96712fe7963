package dk.pejling.rounds;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Remark;
import dk.pejling.plan.Report;
import dk.pejling.plan.Result;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an initiative's approved entries into the plan, so that the pages, the assessments and the
 * committee documents show them: each goal's result for the round's period is replaced, the goals'
 * remarks become the initiative's remark for the period (in goal order), and the narrative its
 * status report. Everything else in the plan stays as it was.
 */
final class PlanResults {

    private PlanResults() {}

    static Plan write(Plan plan, Period period, String initiativeId, List<Entry> entries) {
        return plan.withInitiative(initiativeId, i -> write(i, period, entries));
    }

    static Initiative write(Initiative initiative, Period period, List<Entry> entries) {
        Map<String, Entry> goalEntries = entries.stream()
                .filter(e -> e.kind() == EntryKind.GOAL)
                .collect(Collectors.toMap(Entry::itemId, e -> e));
        List<Goal> goals = initiative.goals().stream()
                .map(g -> goalEntries.containsKey(g.id()) ? write(g, period, goalEntries.get(g.id()).values()) : g)
                .toList();
        String remark = initiative.goals().stream()
                .map(g -> goalEntries.get(g.id()))
                .filter(e -> e != null && e.values().remark() != null)
                .map(e -> e.values().remark())
                .collect(Collectors.joining("\n\n"));
        List<Remark> remarks = new ArrayList<>(initiative.remarks().stream().filter(r -> !r.period().equals(period)).toList());
        if (!remark.isEmpty()) {
            remarks.add(new Remark(period, remark));
            remarks.sort(java.util.Comparator.comparing(Remark::period));
        }
        List<Report> reports = new ArrayList<>(initiative.reports());
        entries.stream().filter(e -> e.kind() == EntryKind.NARRATIVE).findFirst().ifPresent(n -> {
            reports.removeIf(r -> r.period().equals(period));
            if (n.values().narrative() != null) {
                reports.add(new Report(period, n.values().narrative(), n.values().asOf()));
                reports.sort(java.util.Comparator.comparing(Report::period));
            }
        });
        return new Initiative(initiative.id(), initiative.number(), initiative.title(), initiative.status(),
                initiative.start(), initiative.end(), initiative.evidenceBased(), initiative.text(),
                initiative.inspiration(), initiative.effect(), initiative.targetGroup(), initiative.financing(),
                initiative.payForResults(), initiative.budget(), initiative.units(), initiative.funding(), goals,
                reports, remarks, initiative.texts(), initiative.origin());
    }

    private static Goal write(Goal goal, Period period, EntryValues values) {
        Result existing = goal.result(period).orElse(null);
        if (!values.hasFigure() && values.forecastValue() == null && values.forecastText() == null) {
            return goal;
        }
        List<Result> results = new ArrayList<>(goal.results());
        Result result = values.toResult(period, existing);
        int at = results.indexOf(existing);
        if (at >= 0) {
            results.set(at, result);
        } else {
            results.add(result);
            results.sort(java.util.Comparator.comparing(Result::period));
        }
        return new Goal(goal.id(), goal.number(), goal.kind(), goal.text(), goal.unit(), goal.direction(),
                goal.contributesTo(), goal.baseline(), goal.significance(), goal.multiPart(), goal.measurableFrom(),
                goal.targets(), results);
    }
}
