package dk.pejling.report;

import dk.pejling.assessment.BudgetText;
import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.assessment.StatusPhrase;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Remark;
import dk.pejling.plan.Section;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The multi-period status annex of seed 000: one row per goal under its initiative (number, title,
 * budget text, ended note), the goal's text with any decision that changed its target, one status
 * cell per period (the latest in the present perfect, earlier ones in the past), then the remarks
 * on the initiatives with a goal that was not met.
 */
public final class StatusDocumentBuilder implements DocumentBuilder {

    static final String REMARKS_INTRO = "Nedenfor følger bemærkninger vedr. de indsatser med mål, der ikke blev opnået:";

    @Override
    public DocumentType type() {
        return DocumentType.STATUS;
    }

    @Override
    public List<Period> defaultPeriods(Plan plan) {
        TreeSet<Period> years = new TreeSet<>();
        plan.allGoals().forEach(g -> g.results().stream()
                .filter(r -> r.period().isYear() && (r.value() != null || r.assessment() != null || r.display() != null))
                .forEach(r -> years.add(r.period())));
        if (years.isEmpty()) {
            plan.allGoals().forEach(g -> g.targets().stream()
                    .filter(t -> t.period() != null && t.period().isYear())
                    .forEach(t -> years.add(t.period())));
        }
        if (years.isEmpty()) {
            years.add(Period.year(plan.period().start().year()));
        }
        return List.copyOf(years);
    }

    @Override
    public CommitteeDocument build(Plan plan, List<Period> periods) {
        String made = "Status " + DocumentHeading.periodsText(periods) + " for indsatser i " + plan.title();
        DocumentHeading heading = DocumentHeading.of(plan, type(), periods, defaultPeriods(plan), made);
        Map<String, GoalStatus> statuses = new HashMap<>();
        List<GoalStatus> assessed = PlanAssessor.assess(plan, periods);
        assessed.forEach(s -> statuses.put(key(s.goalId(), s.period()), s));

        List<String> header = new ArrayList<>(List.of("Indsats og afsatte midler", "Målsætninger"));
        periods.forEach(p -> header.add("Status " + DanishFormat.period(p)));
        List<Row> rows = new ArrayList<>();
        goalRows(rows, plan.goals(), Cell.bold("Overordnede mål"), periods, statuses);
        plan.initiatives().forEach(i -> initiativeRows(rows, i, periods, statuses));
        plan.sections().forEach(s -> sectionRows(rows, s, header.size(), periods, statuses));

        List<Block> blocks = new ArrayList<>();
        String caption = "Status " + DocumentHeading.periodsText(periods) + " for indsatser og mål";
        blocks.add(new Table("Status", caption, List.copyOf(header), List.copyOf(rows)));
        blocks.addAll(remarks(plan, periods, statuses));
        charts(plan, periods).ifPresent(blocks::add);
        return new CommitteeDocument(type().code(), heading.label(), heading.title(), heading.meta(), List.copyOf(blocks));
    }

    private void sectionRows(
            List<Row> rows, Section section, int columns, List<Period> periods, Map<String, GoalStatus> statuses) {
        String title = (section.number() == null ? "" : section.number() + ". ") + section.title();
        rows.add(new Row(List.of(new Cell(title, null, CommitteeDocument.NumberKind.NONE, true, columns)), true));
        goalRows(rows, section.goals(), Cell.text(""), periods, statuses);
        section.initiatives().forEach(i -> initiativeRows(rows, i, periods, statuses));
        section.sections().forEach(s -> sectionRows(rows, s, columns, periods, statuses));
    }

    private void initiativeRows(List<Row> rows, Initiative initiative, List<Period> periods, Map<String, GoalStatus> statuses) {
        Cell head = Cell.bold(initiativeCell(initiative, periods));
        if (initiative.goals().isEmpty()) {
            List<Cell> cells = new ArrayList<>(List.of(head, Cell.text("")));
            periods.forEach(p -> cells.add(Cell.text(initiative.notStartedIn(p)
                    ? "Indsatsen var ikke igangsat i " + DanishFormat.period(p) + "."
                    : "")));
            rows.add(new Row(List.copyOf(cells), false));
            return;
        }
        goalRows(rows, initiative.goals(), head, periods, statuses);
    }

    private static void goalRows(
            List<Row> rows, List<Goal> goals, Cell firstCell, List<Period> periods, Map<String, GoalStatus> statuses) {
        boolean first = true;
        for (Goal goal : goals) {
            List<Cell> cells = new ArrayList<>();
            cells.add(first ? firstCell : Cell.text(""));
            cells.add(Cell.text(goalCell(goal)));
            for (Period p : periods) {
                GoalStatus s = statuses.get(key(goal.id(), p));
                cells.add(Cell.text(s == null ? "" : s.phrase()));
            }
            rows.add(new Row(List.copyOf(cells), false));
            first = false;
        }
    }

    /** {@code 1. Håndholdt … (3,3 mio. kr. årligt)} and, on a line of its own, {@code Indsatsen udløb i 2020}. */
    static String initiativeCell(Initiative initiative, List<Period> periods) {
        StringBuilder out = new StringBuilder();
        if (initiative.number() != null) {
            out.append(initiative.number()).append(". ");
        }
        out.append(initiative.title());
        String budget = BudgetText.of(initiative, periods);
        if (!budget.isEmpty()) {
            out.append(" (").append(budget).append(")");
        }
        StatusPhrase.ended(initiative).ifPresent(e -> out.append("\n").append(e));
        return out.toString();
    }

    /** The goal's text and, after it, the sentences of the decisions that changed its target. */
    static String goalCell(Goal goal) {
        StringBuilder out = new StringBuilder(goal.text());
        for (String decision : StatusPhrase.decisions(goal)) {
            if (!decision.isEmpty() && !goal.text().contains(decision)) {
                out.append(" ").append(decision);
            }
        }
        return out.toString();
    }

    /**
     * A remark per initiative with a goal not met in the document's periods, headed by its title
     * and number; an initiative without a remark is left out here and named by {@link DocumentChecks}.
     */
    private static List<Block> remarks(Plan plan, List<Period> periods, Map<String, GoalStatus> statuses) {
        List<Block> out = new ArrayList<>();
        for (Initiative initiative : plan.allInitiatives()) {
            if (!hasUnmetGoal(initiative, periods, statuses)) {
                continue;
            }
            List<Remark> remarks = initiative.remarks().stream()
                    .filter(r -> periods.contains(r.period()))
                    .sorted((a, b) -> a.period().compareTo(b.period()))
                    .toList();
            if (remarks.isEmpty()) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(new Paragraph(REMARKS_INTRO));
            }
            out.add(new Heading(2, remarkHeading(initiative)));
            remarks.forEach(r -> out.addAll(TextBlocks.of(r.text())));
        }
        return out;
    }

    /**
     * The course of every goal with a figure in the document's periods, after the table and the
     * remarks, so that the table reads first and stays the document's first table.
     */
    private static java.util.Optional<Block> charts(Plan plan, List<Period> periods) {
        List<dk.pejling.chart.Chart> charts = new ArrayList<>();
        for (Goal goal : plan.allGoals()) {
            boolean measured = goal.results().stream()
                    .anyMatch(r -> r.value() != null && periods.stream().anyMatch(p -> r.period().within(p)));
            if (measured) {
                GoalCharts.of(plan, goal).ifPresent(charts::add);
            }
        }
        return charts.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new CommitteeDocument.Charts(CHARTS_HEADING, List.copyOf(charts)));
    }

    static final String CHARTS_HEADING = "Målenes udvikling";

    static String remarkHeading(Initiative initiative) {
        return initiative.title() + (initiative.number() == null ? "" : " (nr." + initiative.number() + ")");
    }

    static boolean hasUnmetGoal(Initiative initiative, List<Period> periods, Map<String, GoalStatus> statuses) {
        for (Goal goal : initiative.goals()) {
            for (Period p : periods) {
                GoalStatus s = statuses.get(key(goal.id(), p));
                if (s != null && s.effective() == Assessment.NOT_ACHIEVED) {
                    return true;
                }
            }
        }
        return false;
    }

    static String key(String goalId, Period period) {
        return goalId + "@" + period;
    }
}
