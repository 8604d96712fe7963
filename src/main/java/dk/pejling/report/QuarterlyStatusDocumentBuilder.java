package dk.pejling.report;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Report;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.Target;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The quarterly status of seed 001: by theme, each initiative's number and title, its activity goals
 * (Indsatsmål), its result goals (Resultatmål) and the narrative status of the period; then the
 * figures behind it, goal by goal, with the judgement in Danish.
 */
public final class QuarterlyStatusDocumentBuilder implements DocumentBuilder {

    @Override
    public DocumentType type() {
        return DocumentType.QUARTERLY_STATUS;
    }

    /** The latest period the initiatives were reported on; else the latest with a result. */
    @Override
    public List<Period> defaultPeriods(Plan plan) {
        TreeSet<Period> reported = new TreeSet<>();
        plan.allInitiatives().forEach(i -> i.reports().forEach(r -> reported.add(r.period())));
        plan.forEachSection(s -> s.reports().forEach(r -> reported.add(r.period())));
        if (reported.isEmpty()) {
            plan.allGoals().forEach(g -> g.results().forEach(r -> reported.add(r.period())));
        }
        if (reported.isEmpty()) {
            return List.of(Period.year(plan.period().start().year()));
        }
        return List.of(reported.last());
    }

    @Override
    public CommitteeDocument build(Plan plan, List<Period> periods) {
        String made = "Status: " + plan.title() + ", " + DocumentHeading.periodsText(periods);
        DocumentHeading heading = DocumentHeading.of(plan, type(), periods, defaultPeriods(plan), made);
        LocalDate updated = lastUpdated(plan, periods);
        if (updated != null) {
            heading = heading.withMeta("Sidst opdateret: " + DanishFormat.date(updated));
        }
        List<String> header = new ArrayList<>(List.of("Nr.", "Indsatsmål / aktivitet", "Indsatsmål", "Resultatmål"));
        if (periods.size() == 1) {
            header.add("Status");
        } else {
            periods.forEach(p -> header.add("Status " + DanishFormat.period(p)));
        }
        List<Row> rows = new ArrayList<>();
        plan.initiatives().forEach(i -> rows.add(initiativeRow(i, periods)));
        plan.sections().forEach(s -> sectionRows(rows, s, header.size(), periods));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("Status", "Status " + DocumentHeading.periodsText(periods) + " for indsatserne",
                List.copyOf(header), List.copyOf(rows)));
        figures(plan, periods, blocks);
        return new CommitteeDocument(type().code(), heading.label(), heading.title(), heading.meta(), List.copyOf(blocks));
    }

    private static void sectionRows(List<Row> rows, Section section, int columns, List<Period> periods) {
        rows.add(new Row(List.of(
                        Cell.bold(section.number() == null ? "" : section.number()),
                        new Cell(section.title(), null, NumberKind.NONE, true, columns - 1)),
                true));
        section.initiatives().forEach(i -> rows.add(initiativeRow(i, periods)));
        section.sections().forEach(s -> sectionRows(rows, s, columns, periods));
    }

    private static Row initiativeRow(Initiative initiative, List<Period> periods) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(initiative.number() == null ? "" : initiative.number()));
        cells.add(Cell.text(initiative.title()));
        cells.add(Cell.text(goals(initiative, GoalKind.ACTIVITY)));
        cells.add(Cell.text(goals(initiative, GoalKind.RESULT)));
        periods.forEach(p -> cells.add(Cell.text(status(initiative, p))));
        return new Row(List.copyOf(cells), false);
    }

    /** The goals of one kind, each on a line; numbered goals carry their number as the source does ({@code 1)}). */
    private static String goals(Initiative initiative, GoalKind kind) {
        List<Goal> goals = initiative.goals().stream().filter(g -> g.kind() == kind).toList();
        boolean numbered = goals.stream().anyMatch(g -> g.number() != null);
        List<String> parts = new ArrayList<>();
        for (Goal g : goals) {
            parts.add(numbered && g.number() != null ? g.number() + ") " + g.text() : g.text());
        }
        return String.join(numbered ? "\n" : " ", parts);
    }

    /** The narrative of the period; where there is none, the results' own words. */
    static String status(Initiative initiative, Period period) {
        List<String> reports = initiative.reports().stream()
                .filter(r -> r.period().equals(period))
                .map(Report::text)
                .toList();
        if (!reports.isEmpty()) {
            return String.join("\n\n", reports);
        }
        List<String> texts = new ArrayList<>();
        for (Goal g : initiative.goals()) {
            g.result(period).ifPresent(r -> {
                if (r.text() != null) {
                    texts.add(r.text());
                }
                if (r.forecast() != null && r.forecast().text() != null) {
                    texts.add(r.forecast().text());
                }
            });
        }
        return String.join(" ", texts);
    }

    private static @org.jspecify.annotations.Nullable LocalDate lastUpdated(Plan plan, List<Period> periods) {
        List<Report> reports = new ArrayList<>();
        plan.allInitiatives().forEach(i -> reports.addAll(i.reports()));
        plan.forEachSection(s -> reports.addAll(s.reports()));
        Optional<LocalDate> latest = reports.stream()
                .filter(r -> periods.contains(r.period()))
                .map(Report::asOf)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        return latest.orElse(plan.asOf());
    }

    /** The figures behind the status: per goal with a result in the period, its target, result, forecast and judgement. */
    private static void figures(Plan plan, List<Period> periods, List<Block> blocks) {
        Map<String, GoalStatus> statuses = new HashMap<>();
        PlanAssessor.assess(plan, periods).forEach(s -> statuses.put(StatusDocumentBuilder.key(s.goalId(), s.period()), s));
        Map<String, String> numbers = new HashMap<>();
        plan.allInitiatives().forEach(i -> i.goals().forEach(g -> numbers.put(g.id(), i.number() == null ? "" : i.number())));
        for (Period period : periods) {
            List<Row> rows = new ArrayList<>();
            for (Goal goal : plan.allGoals()) {
                Optional<Result> result = goal.result(period);
                if (result.isEmpty() || result.get().value() == null && result.get().forecast() == null) {
                    continue;
                }
                GoalStatus s = statuses.get(StatusDocumentBuilder.key(goal.id(), period));
                Target target = s == null ? null : s.target();
                Result r = result.get();
                rows.add(Row.of(
                        Cell.text(numbers.getOrDefault(goal.id(), "")),
                        Cell.text(goal.text()),
                        figure(goal, target == null ? null : target.value()),
                        figure(goal, r.value()),
                        figure(goal, r.forecast() == null ? null : r.forecast().value()),
                        Cell.text(s == null ? "" : s.phrase())));
            }
            if (rows.isEmpty()) {
                continue;
            }
            String title = "Mål og resultater, " + DanishFormat.period(period);
            blocks.add(new Heading(1, title));
            blocks.add(new Table("Resultater " + period, "Mål, opgjorte og forventede tal, " + DanishFormat.period(period),
                    List.of("Nr.", "Mål", "Mål for perioden", "Opgjort", "Forventet", "Vurdering"), List.copyOf(rows)));
        }
    }

    static Cell figure(Goal goal, @org.jspecify.annotations.Nullable BigDecimal value) {
        if (value == null) {
            return Cell.text("");
        }
        return Cell.number(dk.pejling.assessment.StatusPhrase.inUnit(goal.unit(), value), value, Figures.kind(goal.unit()));
    }
}
