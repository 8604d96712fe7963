package dk.pejling.report;

import dk.pejling.plan.Baseline;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Section;
import dk.pejling.plan.Target;
import dk.pejling.plan.TitledText;
import dk.pejling.plan.YearAmount;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The action plan of seed 003: its chapters, the headline goal with its baseline where the text
 * announces it, then each sub-goal (Ad. 1., Ad. 2. …) with its text, goals, baselines, targets and
 * activities, the economy chapter, and last the goals as figures with their deadlines and, where the
 * initiatives have money, the budget per year.
 */
public final class ActionPlanDocumentBuilder implements DocumentBuilder {

    @Override
    public DocumentType type() {
        return DocumentType.ACTION_PLAN;
    }

    @Override
    public List<Period> defaultPeriods(Plan plan) {
        return List.of(Period.year(plan.period().start().year()));
    }

    @Override
    public CommitteeDocument build(Plan plan, List<Period> periods) {
        DocumentHeading heading = DocumentHeading.of(plan, type(), periods, defaultPeriods(plan), plan.title());
        List<Block> blocks = new ArrayList<>();
        PlanTexts texts = PlanTexts.of(plan.texts());
        boolean goalsWritten = false;
        for (TitledText t : texts.before()) {
            chapter(t, blocks);
            if (!goalsWritten && PlanTexts.announces(t)) {
                headlineGoals(plan, blocks);
                goalsWritten = true;
            }
        }
        if (!goalsWritten) {
            headlineGoals(plan, blocks);
        }
        plan.sections().forEach(s -> section(s, blocks, 1));
        activities(plan.initiatives(), blocks);
        texts.after().forEach(t -> chapter(t, blocks));
        goalTable(plan, blocks);
        budgetTable(plan, blocks);
        return new CommitteeDocument(type().code(), heading.label(), heading.title(), heading.meta(), List.copyOf(blocks));
    }

    private static void chapter(TitledText t, List<Block> blocks) {
        if (t.heading() != null) {
            blocks.add(new Heading(1, t.heading()));
        }
        blocks.addAll(TextBlocks.of(t.text()));
    }

    private static void headlineGoals(Plan plan, List<Block> blocks) {
        for (Goal g : plan.goals()) {
            goal(g, blocks, true);
        }
    }

    /** A goal's sentence, then its baseline and the target's own words, as the source follows a goal with them. */
    private static void goal(Goal g, List<Block> blocks, boolean headline) {
        String number = g.number() == null ? "" : g.number() + ". ";
        blocks.add(new Paragraph(number + g.text(), true));
        Baseline b = g.baseline();
        List<String> sentences = new ArrayList<>();
        if (b != null && b.text() != null) {
            if (headline) {
                blocks.add(new Paragraph("(" + b.text() + ")"));
            } else {
                sentences.add(b.text());
            }
        }
        List<String> pegged = new ArrayList<>();
        for (Target t : g.targets()) {
            if (t.text() != null && !t.text().isBlank() && !g.text().contains(t.text())) {
                // a figure pegged to another is given in brackets, as the source gives the municipal average
                (t.reference() != null ? pegged : sentences).add(t.text());
            }
        }
        if (!sentences.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", sentences)));
        }
        pegged.forEach(p -> blocks.add(new Paragraph("(" + p + ")")));
    }

    private static void section(Section s, List<Block> blocks, int level) {
        String number = s.number() == null ? "" : "Ad. " + s.number() + ". ";
        blocks.add(new Heading(Math.min(level, 3), number + s.title()));
        blocks.addAll(TextBlocks.of(s.text()));
        s.goals().forEach(g -> goal(g, blocks, false));
        s.texts().forEach(t -> {
            if (t.heading() != null) {
                blocks.add(new Heading(Math.min(level + 1, 3), t.heading()));
            }
            blocks.addAll(TextBlocks.of(t.text()));
        });
        activities(s.initiatives(), blocks);
        s.sections().forEach(child -> section(child, blocks, level + 1));
    }

    /** Activities as a list; one with a description of its own has it right after it. */
    private static void activities(List<Initiative> initiatives, List<Block> blocks) {
        List<String> items = new ArrayList<>();
        for (Initiative i : initiatives) {
            items.add(i.title());
            if (i.text() != null && !i.text().isBlank()) {
                blocks.add(new BulletList(List.copyOf(items), false));
                items.clear();
                blocks.addAll(TextBlocks.of(i.text()));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(List.copyOf(items), false));
        }
    }

    /** Every goal with a number, a baseline or a deadline, as figures. */
    private static void goalTable(Plan plan, List<Block> blocks) {
        List<Row> rows = new ArrayList<>();
        for (Goal g : plan.allGoals()) {
            Target last = g.targets().stream()
                    .max(Comparator.comparing(Target::period, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            BigDecimal baseline = g.baseline() == null ? null : g.baseline().value();
            if (last == null && baseline == null) {
                continue;
            }
            BigDecimal target = last == null ? null : last.value() != null ? last.value()
                    : last.reference() != null ? last.reference().value() : null;
            rows.add(Row.of(
                    Cell.text(g.text()),
                    baseline == null ? Cell.text("") : QuarterlyStatusDocumentBuilder.figure(g, baseline),
                    target == null ? Cell.text(last != null && last.reference() != null ? last.reference().text() : "")
                            : QuarterlyStatusDocumentBuilder.figure(g, target),
                    Cell.text(last == null || last.period() == null ? "" : DanishFormat.period(last.period()))));
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, "Målene i tal"));
        blocks.add(new Table("Mål", "Målene med udgangspunkt, mål og frist",
                List.of("Mål", "Udgangspunkt", "Mål", "Frist"), List.copyOf(rows)));
    }

    private static void budgetTable(Plan plan, List<Block> blocks) {
        List<Initiative> funded = plan.allInitiatives().stream().filter(i -> !i.budget().isEmpty()).toList();
        if (funded.isEmpty()) {
            return;
        }
        TreeSet<Integer> years = new TreeSet<>();
        funded.forEach(i -> i.budget().forEach(y -> years.add(y.year())));
        List<String> header = new ArrayList<>(List.of("Indsats"));
        years.forEach(y -> header.add(Integer.toString(y)));
        header.add("I alt");
        List<Row> rows = new ArrayList<>();
        for (Initiative i : funded) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text((i.number() == null ? "" : i.number() + ". ") + i.title()));
            BigDecimal total = BigDecimal.ZERO;
            for (int y : years) {
                BigDecimal amount = i.budget().stream().filter(a -> a.year() == y)
                        .map(YearAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                total = total.add(amount);
                cells.add(Figures.kroner(amount));
            }
            cells.add(Figures.kroner(total));
            rows.add(new Row(List.copyOf(cells), false));
        }
        blocks.add(new Heading(1, "Afsatte midler"));
        blocks.add(new Table("Økonomi", "Afsatte midler pr. indsats og år (kr.)", List.copyOf(header), List.copyOf(rows)));
    }
}
