package dk.pejling.report;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.finance.GrantLedger;
import dk.pejling.finance.GrantYear;
import dk.pejling.finance.StatedFigure;
import dk.pejling.plan.Allocation;
import dk.pejling.plan.Funding;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Grant;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Report;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.Target;
import dk.pejling.plan.TitledText;
import dk.pejling.plan.Unit;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The grant account of seed 004 for one year: the plan's chapters, the allocation of staff to units
 * with its total where the text announces it, the projects by category with their status, the
 * economy chapter followed by the ledger's figures (award and the staff it pays for, what the
 * allocations cost, spending, the underspend carried over, next year's pool and expected cost),
 * each printed as the source rounds it, and last the goals with their judgement.
 */
public final class GrantAccountDocumentBuilder implements DocumentBuilder {

    private static final Pattern CHAPTER = Pattern.compile("^\\d+\\.\\s.*");
    private static final Pattern STATED_NUMBER = Pattern.compile("\\d+(?:\\.\\d{3})*(?:,(\\d+))?");

    @Override
    public DocumentType type() {
        return DocumentType.GRANT_ACCOUNT;
    }

    /** The latest year the grant has spending for: the year being accounted for. */
    @Override
    public List<Period> defaultPeriods(Plan plan) {
        TreeSet<Integer> years = new TreeSet<>();
        plan.grants().forEach(g -> g.spending().forEach(s -> years.add(s.year())));
        if (years.isEmpty()) {
            plan.grants().forEach(g -> g.awards().forEach(a -> years.add(a.year())));
        }
        return List.of(Period.year(years.isEmpty() ? plan.period().start().year() : years.last()));
    }

    @Override
    public CommitteeDocument build(Plan plan, List<Period> periods) {
        int year = periods.isEmpty() ? defaultPeriods(plan).get(0).year() : periods.get(periods.size() - 1).year();
        String made = "Redegørelse for anvendelse af " + (plan.grants().isEmpty()
                ? plan.title()
                : plan.grants().get(0).title().toLowerCase(java.util.Locale.ROOT)) + " i " + year;
        DocumentHeading heading = DocumentHeading.of(plan, type(), periods, defaultPeriods(plan), made);
        List<Block> blocks = new ArrayList<>();
        PlanTexts texts = PlanTexts.of(plan.texts());
        boolean allocationWritten = false;
        for (TitledText t : texts.before()) {
            allocationWritten |= chapter(plan, t, year, blocks, !allocationWritten);
        }
        if (!allocationWritten) {
            plan.grants().forEach(g -> allocationTable(plan, g, year, blocks));
        }
        plan.sections().forEach(s -> category(s, year, blocks));
        fundingTable(plan, year, blocks);
        boolean ledgerWritten = false;
        for (TitledText t : texts.after()) {
            chapter(plan, t, year, blocks, false);
            if (!ledgerWritten) {
                plan.grants().forEach(g -> ledgerTable(g, year, blocks));
                ledgerWritten = true;
            }
        }
        if (!ledgerWritten) {
            plan.grants().forEach(g -> ledgerTable(g, year, blocks));
        }
        goalTable(plan, year, blocks);
        return new CommitteeDocument(type().code(), heading.label(), heading.title(), heading.meta(), List.copyOf(blocks));
    }

    /**
     * A chapter of the plan's text; the allocation table follows the paragraph that announces it
     * ({@code Fordelingen af konsulenter ultimo 2007 og i 2008:}). True where the table was written.
     */
    private static boolean chapter(Plan plan, TitledText t, int year, List<Block> blocks, boolean allocationWanted) {
        if (t.heading() != null) {
            blocks.add(new Heading(CHAPTER.matcher(t.heading()).matches() ? 1 : 2, t.heading()));
        }
        boolean written = false;
        for (Block b : TextBlocks.of(t.text())) {
            blocks.add(b);
            if (allocationWanted && !written && b instanceof Paragraph p && announcesAllocation(p.text())) {
                plan.grants().forEach(g -> allocationTable(plan, g, year, blocks));
                written = true;
            }
        }
        return written;
    }

    private static boolean announcesAllocation(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.endsWith(":") && t.contains("fordeling");
    }

    /** Staff per unit as the ledger counts them for the year, in the allocations' order, and the total. */
    private static void allocationTable(Plan plan, Grant grant, int year, List<Block> blocks) {
        GrantLedger ledger = GrantLedger.of(grant);
        Optional<GrantYear> y = ledger.year(year);
        if (y.isEmpty() || y.get().staffByUnit().isEmpty()) {
            return;
        }
        Map<String, String> names = plan.units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        y.get().staffByUnit().forEach((unit, fte) -> rows.add(Row.of(Cell.text(names.getOrDefault(unit, unit)), Figures.count(fte))));
        BigDecimal total = y.get().allocatedStaff();
        rows.add(Row.of(Cell.bold("I alt"), new Cell(DanishFormat.number(total), total, NumberKind.COUNT, true, 1)));
        blocks.add(new Table("Fordeling " + year, "Jobkonsulenter fordelt på enheder, " + year,
                List.of("Enhed", "Jobkonsulenter"), List.copyOf(rows)));
    }

    /** A category of projects: its heading, each project with its target group, goals and text, then the category's status. */
    private static void category(Section s, int year, List<Block> blocks) {
        blocks.add(new Heading(2, (s.number() == null ? "" : s.number() + ". ") + s.title()));
        blocks.addAll(TextBlocks.of(s.text()));
        for (Initiative i : s.initiatives()) {
            blocks.add(new Paragraph(i.title(), true));
            if (i.targetGroup() != null && i.targetGroup().text() != null) {
                blocks.addAll(TextBlocks.of(i.targetGroup().text()));
            }
            i.goals().forEach(g -> blocks.add(new Paragraph(g.text())));
            blocks.addAll(TextBlocks.of(i.text()));
            i.texts().forEach(t -> {
                if (t.heading() != null) {
                    blocks.add(new Paragraph(t.heading(), true));
                }
                blocks.addAll(TextBlocks.of(t.text()));
            });
        }
        for (Report r : s.reports()) {
            if (r.period().year() != year) {
                continue;
            }
            blocks.add(new Paragraph("Status ultimo " + r.period().year(), true));
            blocks.addAll(TextBlocks.of(r.text()));
        }
        s.sections().forEach(child -> category(child, year, blocks));
    }

    /** The staff each category was granted and has hired, with the totals. */
    private static void fundingTable(Plan plan, int year, List<Block> blocks) {
        List<Row> rows = new ArrayList<>();
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal hired = BigDecimal.ZERO;
        List<Section> all = new ArrayList<>();
        plan.forEachSection(all::add);
        for (Section s : all) {
            for (Funding f : s.funding()) {
                if (f.year() != null && f.year() != year) {
                    continue;
                }
                rows.add(Row.of(Cell.text((s.number() == null ? "" : s.number() + ". ") + s.title()),
                        Figures.count(f.fte()), Figures.count(f.hired())));
                granted = granted.add(f.fte() == null ? BigDecimal.ZERO : f.fte());
                hired = hired.add(f.hired() == null ? BigDecimal.ZERO : f.hired());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.add(Row.of(Cell.bold("I alt"),
                new Cell(DanishFormat.number(granted), granted, NumberKind.COUNT, true, 1),
                new Cell(DanishFormat.number(hired), hired, NumberKind.COUNT, true, 1)));
        blocks.add(new Table("Hovedområder " + year, "Jobkonsulenter bevilget og ansat pr. hovedområde, " + year,
                List.of("Hovedområde", "Bevilget", "Ansat"), List.copyOf(rows)));
    }

    /**
     * The year's money and staff from the ledger, each figure rounded as the source rounds it (its
     * decimals in millions, trailing zeros dropped: {@code 14,530 mill.} is printed {@code 14,53 mio. kr.}),
     * with the source's own words beside it where the plan keeps them.
     */
    private static void ledgerTable(Grant grant, int year, List<Block> blocks) {
        GrantLedger ledger = GrantLedger.of(grant);
        Optional<GrantYear> current = ledger.year(year);
        if (current.isEmpty()) {
            return;
        }
        GrantYear y = current.get();
        Optional<GrantYear> next = ledger.year(year + 1);
        List<Row> rows = new ArrayList<>();
        String unitCost = grant.unitCost() == null ? "" : "à " + DanishFormat.kroner(grant.unitCost().amount())
                + (grant.unitCost().per() == null ? "" : " pr. " + grant.unitCost().per());
        rows.add(Row.of(Cell.text("Statens bevilling " + year), Figures.kroner(y.award()), Figures.count(y.awardStaff()),
                Cell.text(unitCost)));
        if (y.allocationCost() != null && y.allocatedStaff().signum() > 0) {
            rows.add(Row.of(Cell.text("Udmeldt til enhederne " + year),
                    stated(ledger, StatedFigure.Figure.ALLOCATION_COST, year, y.allocationCost()),
                    Figures.count(y.allocatedStaff()),
                    Cell.text(monthsNote(grant, year) + statedNote(ledger, StatedFigure.Figure.ALLOCATION_COST, year))));
        }
        if (y.spending() != null) {
            rows.add(Row.of(Cell.text("Faktiske udgifter " + year), Figures.millions(y.spending()), Cell.text(""), Cell.text("")));
        }
        if (y.underspend() != null) {
            String carried = y.carryOut() == null ? "" : sentence("Overført til " + (year + 1) + ": " + DanishFormat.kroner(y.carryOut()));
            rows.add(Row.of(Cell.text("Mindreforbrug " + year),
                    stated(ledger, StatedFigure.Figure.UNDERSPEND, year, y.underspend()),
                    Cell.text(""),
                    Cell.text(join(carried, statedNote(ledger, StatedFigure.Figure.UNDERSPEND, year)))));
        }
        if (next.isPresent()) {
            GrantYear n = next.get();
            if (n.pool() != null) {
                rows.add(Row.of(Cell.text("Samlet pulje " + (year + 1)),
                        stated(ledger, StatedFigure.Figure.POOL, year + 1, n.pool()),
                        Cell.text(""),
                        Cell.text(join("Bevilling og overførsel fra " + year + ".", statedNote(ledger, StatedFigure.Figure.POOL, year + 1)))));
            }
            if (n.allocationCost() != null && n.allocatedStaff().signum() > 0) {
                rows.add(Row.of(Cell.text("Forventet udgift " + (year + 1)),
                        stated(ledger, StatedFigure.Figure.ALLOCATION_COST, year + 1, n.allocationCost()),
                        Figures.count(n.allocatedStaff()),
                        Cell.text(statedNote(ledger, StatedFigure.Figure.ALLOCATION_COST, year + 1))));
            }
        }
        blocks.add(new Table("Økonomi " + year, "Puljens økonomi " + year + " i tal",
                List.of("Post", "Beløb", "Jobkonsulenter", "Bemærkning"), List.copyOf(rows)));
        ledger.warnings().stream()
                .filter(w -> w.concerns(year) || w.concerns(year + 1))
                .forEach(w -> blocks.add(new Paragraph(w.message())));
    }

    /** The figure as the source rounds it where the source states it; else in millions as exact as it is. */
    private static Cell stated(GrantLedger ledger, StatedFigure.Figure figure, int year, BigDecimal value) {
        Optional<StatedAmount> stated = statedAmount(ledger, figure, year);
        if (stated.isEmpty() || stated.get().text() == null) {
            return Figures.millions(value);
        }
        Matcher m = STATED_NUMBER.matcher(stated.get().text());
        if (!m.find()) {
            return Figures.millions(value);
        }
        String decimals = m.group(1) == null ? "" : m.group(1).replaceAll("0+$", "");
        Cell cell = Figures.millions(value, decimals.length());
        // the source's "ca." stays with a figure it rounded so coarsely
        boolean about = stated.get().text().strip().toLowerCase(java.util.Locale.ROOT).startsWith("ca.");
        return about ? new Cell("ca. " + cell.text(), cell.number(), cell.kind(), cell.bold(), cell.span()) : cell;
    }

    private static Optional<StatedAmount> statedAmount(GrantLedger ledger, StatedFigure.Figure figure, int year) {
        return ledger.statedFigures().stream()
                .filter(f -> f.figure() == figure && f.year() == year)
                .map(StatedFigure::stated)
                .findFirst();
    }

    /** Where Pejling's arithmetic and the source's figure differ more than rounding explains, both are shown. */
    private static String statedNote(GrantLedger ledger, StatedFigure.Figure figure, int year) {
        return ledger.statedFigures().stream()
                .filter(f -> f.figure() == figure && f.year() == year && f.stated().text() != null)
                .findFirst()
                .map(f -> sentence("Redegørelsen: " + f.stated().text())
                        + (f.differs() && f.computed() != null ? " " + sentence("Beregnet: " + DanishFormat.kroner(f.computed())) : ""))
                .orElse("");
    }

    private static String monthsNote(Grant grant, int year) {
        List<BigDecimal> months = grant.allocations().stream()
                .filter(a -> a.year() == year)
                .map(Allocation::months)
                .distinct()
                .toList();
        if (months.size() != 1 || months.get(0) == null || grant.unitCost() == null) {
            return "";
        }
        return sentence(DanishFormat.number(months.get(0)) + "/12 af en helårslønudgift på "
                + DanishFormat.kroner(grant.unitCost().amount()));
    }

    /** A sentence ends with one full stop, also after an abbreviation ({@code kr.}). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /** The plan's goals judged at their latest measurement (or the account's year), with course and late data. */
    private static void goalTable(Plan plan, int year, List<Block> blocks) {
        List<Row> rows = new ArrayList<>();
        for (Goal g : plan.goals()) {
            Optional<Result> latest = g.results().stream()
                    .filter(r -> r.value() != null)
                    .max(Comparator.comparing(Result::period));
            Period at = latest.map(Result::period).orElse(Period.year(year));
            GoalStatus s = PlanAssessor.assess(plan, List.of(at)).stream()
                    .filter(x -> x.goalId().equals(g.id()))
                    .findFirst()
                    .orElse(null);
            Target target = g.targets().stream().filter(t -> t.value() != null || t.changePercent() != null).findFirst().orElse(null);
            List<String> judgement = new ArrayList<>();
            if (s != null && latest.isPresent()) {
                judgement.add(s.phrase());
            }
            if (s != null && s.projection() != null) {
                judgement.add(s.projection().sentence());
            }
            if (s != null && s.notYetMeasurable() != null) {
                judgement.add(s.notYetMeasurable());
            }
            rows.add(Row.of(
                    Cell.text(g.text()),
                    g.baseline() == null || g.baseline().value() == null
                            ? Cell.text("")
                            : QuarterlyStatusDocumentBuilder.figure(g, g.baseline().value()),
                    latest.map(r -> QuarterlyStatusDocumentBuilder.figure(g, r.value())).orElse(Cell.text("")),
                    Cell.text(latest.map(r -> DanishFormat.period(r.period())).orElse("")),
                    targetCell(g, target),
                    Cell.text(String.join(" ", judgement))));
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, "Målopfyldelse i tal"));
        blocks.add(new Table("Mål", "Målene med udgangspunkt, seneste måling og vurdering",
                List.of("Mål", "Udgangspunkt", "Seneste måling", "Målt", "Mål", "Vurdering"), List.copyOf(rows)));
    }

    private static Cell targetCell(Goal g, @Nullable Target t) {
        if (t == null) {
            return Cell.text("");
        }
        if (t.value() != null) {
            return QuarterlyStatusDocumentBuilder.figure(g, t.value());
        }
        BigDecimal change = t.changePercent();
        return Cell.number(DanishFormat.number(change) + " pct. fra udgangspunktet", change, NumberKind.PERCENT);
    }
}
