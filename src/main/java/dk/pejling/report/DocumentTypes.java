package dk.pejling.report;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanStatus;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Which document a plan is naturally written as, and the periods its data speak of. */
public final class DocumentTypes {

    private DocumentTypes() {}

    /**
     * The document a plan most likely is: a grant's account where it holds grants, a catalogue where
     * its initiatives are proposals, a quarterly status where it has quarterly reports, a status where
     * it has results, else the action plan itself.
     */
    public static DocumentType suggestedFor(Plan plan) {
        List<Initiative> initiatives = plan.allInitiatives();
        if (!plan.grants().isEmpty()) {
            return DocumentType.GRANT_ACCOUNT;
        }
        boolean proposals = !initiatives.isEmpty()
                && initiatives.stream().allMatch(i -> i.status() == InitiativeStatus.PROPOSED);
        if (proposals || plan.status() == PlanStatus.DRAFT && initiatives.stream().anyMatch(i -> i.financing() != null)) {
            return DocumentType.CATALOGUE;
        }
        boolean quarterly = initiatives.stream()
                .flatMap(i -> i.reports().stream())
                .anyMatch(r -> r.period().kind() == Period.Kind.QUARTER);
        if (quarterly) {
            return DocumentType.QUARTERLY_STATUS;
        }
        boolean results = plan.allGoals().stream().anyMatch(g -> !g.results().isEmpty());
        return results ? DocumentType.STATUS : DocumentType.ACTION_PLAN;
    }

    /** Every period the plan's goals have targets or results for, and its reports are of, in order. */
    public static List<Period> periodsOf(Plan plan) {
        TreeSet<Period> all = new TreeSet<>();
        all.addAll(plan.goalPeriods());
        plan.allInitiatives().forEach(i -> i.reports().forEach(r -> all.add(r.period())));
        plan.forEachSection(s -> s.reports().forEach(r -> all.add(r.period())));
        return new ArrayList<>(all);
    }
}
