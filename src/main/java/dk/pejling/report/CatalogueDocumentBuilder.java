package dk.pejling.report;

import dk.pejling.plan.Financing;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Section;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.TitledText;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of seed 002: the plan's introduction, an overview of guiding marks, focus areas and
 * initiatives (a star for those the administration judges to rest on evidence), then per guiding
 * mark each focus area's purpose and each initiative's description, inspiration, effect and
 * "Målgruppe og finansieringsbehov"; last, the financing of every initiative as figures.
 */
public final class CatalogueDocumentBuilder implements DocumentBuilder {

    static final String STAR = "*";

    @Override
    public DocumentType type() {
        return DocumentType.CATALOGUE;
    }

    /** A catalogue speaks of the years of the plan it proposes. */
    @Override
    public List<Period> defaultPeriods(Plan plan) {
        List<Period> years = new ArrayList<>();
        for (int y = plan.period().start().year(); y <= plan.period().end().year(); y++) {
            years.add(Period.year(y));
        }
        return years;
    }

    @Override
    public CommitteeDocument build(Plan plan, List<Period> periods) {
        DocumentHeading heading = DocumentHeading.of(plan, type(), periods, defaultPeriods(plan), plan.title());
        List<Block> blocks = new ArrayList<>();
        for (TitledText t : plan.texts()) {
            if (t.heading() != null) {
                blocks.add(new Heading(1, t.heading()));
            }
            blocks.addAll(TextBlocks.of(t.text()));
        }
        overview(plan, blocks);
        for (Section mark : plan.sections()) {
            blocks.add(new Heading(1, "Fokusområder og indsatser under " + level(plan, 0).toLowerCase(java.util.Locale.ROOT)
                    + (mark.number() == null ? "" : " " + mark.number()) + " – " + mark.title()));
            blocks.addAll(TextBlocks.of(mark.text()));
            for (Section area : mark.sections()) {
                area(plan, area, blocks);
            }
            mark.initiatives().forEach(i -> initiative(i, blocks));
        }
        plan.initiatives().forEach(i -> initiative(i, blocks));
        financing(plan, blocks);
        return new CommitteeDocument(type().code(), heading.label(), heading.title(), heading.meta(), List.copyOf(blocks));
    }

    private static void overview(Plan plan, List<Block> blocks) {
        if (plan.sections().isEmpty()) {
            return;
        }
        blocks.add(new Heading(1, "Oversigt over indsatserne"));
        for (Section mark : plan.sections()) {
            blocks.add(new Heading(2, markTitle(plan, mark)));
            for (Section area : mark.sections()) {
                blocks.add(new Paragraph(level(plan, 1) + ": " + area.title(), true));
                if (!area.initiatives().isEmpty()) {
                    blocks.add(new BulletList(area.initiatives().stream().map(CatalogueDocumentBuilder::title).toList(), false));
                }
            }
            if (!mark.initiatives().isEmpty()) {
                blocks.add(new BulletList(mark.initiatives().stream().map(CatalogueDocumentBuilder::title).toList(), false));
            }
        }
        blocks.add(new Paragraph(STAR + " Forvaltningen vurderer, at indsatsen hviler på principper om at være langsigtet "
                + "og har effekt baseret på erfaring fra København eller andre kommuner."));
    }

    private static void area(Plan plan, Section area, List<Block> blocks) {
        blocks.add(new Heading(2, level(plan, 1) + ": " + area.title()));
        blocks.addAll(TextBlocks.of(area.text()));
        area.texts().forEach(t -> titled(t, blocks));
        area.initiatives().forEach(i -> initiative(i, blocks));
        area.sections().forEach(s -> area(plan, s, blocks));
    }

    private static void initiative(Initiative initiative, List<Block> blocks) {
        blocks.add(new Heading(3, title(initiative)));
        blocks.addAll(TextBlocks.of(initiative.text()));
        initiative.texts().forEach(t -> titled(t, blocks));
        if (initiative.inspiration() != null) {
            blocks.add(new Paragraph("Inspiration: " + initiative.inspiration()));
        }
        if (initiative.effect() != null) {
            blocks.add(new Paragraph("Effekt (" + STAR + "): " + initiative.effect()));
        }
        String need = need(initiative);
        if (!need.isEmpty()) {
            blocks.add(new Paragraph("Målgruppe og finansieringsbehov: " + need));
        }
    }

    private static void titled(TitledText t, List<Block> blocks) {
        if (t.heading() != null) {
            blocks.add(new Paragraph(t.heading(), true));
        }
        blocks.addAll(TextBlocks.of(t.text()));
    }

    /** The source's own words where the plan keeps them; else made from the target group and the amount. */
    static String need(Initiative initiative) {
        Financing f = initiative.financing();
        if (f != null && f.text() != null && !f.text().isBlank()) {
            return f.text();
        }
        TargetGroup group = initiative.targetGroup();
        String who = group == null ? "" : group.text() != null ? group.text() : "";
        String amount = f == null || f.amountPerYear() == null
                ? ""
                : DanishFormat.millions(f.amountPerYear()) + (f.per() == null ? "" : " pr. " + f.per());
        if (who.isEmpty()) {
            return amount;
        }
        return amount.isEmpty() ? who : who + " til " + amount;
    }

    /** Every initiative's financing as figures, for those who work on with the numbers. */
    private static void financing(Plan plan, List<Block> blocks) {
        List<Row> rows = new ArrayList<>();
        for (Section mark : plan.sections()) {
            for (Section area : mark.sections()) {
                area.initiatives().forEach(i -> rows.add(financingRow(area.title(), i)));
            }
            mark.initiatives().forEach(i -> rows.add(financingRow(mark.title(), i)));
        }
        plan.initiatives().forEach(i -> rows.add(financingRow("", i)));
        if (rows.stream().allMatch(r -> r.cells().get(3).number() == null)) {
            return;
        }
        blocks.add(new Heading(1, "Finansieringsbehov i tal"));
        blocks.add(new Table("Finansieringsbehov", "Målgruppe og finansieringsbehov pr. år for hver indsats",
                List.of(level(plan, 1), "Indsats", "Målgruppe", "Finansieringsbehov pr. år"), List.copyOf(rows)));
    }

    private static Row financingRow(String area, Initiative i) {
        Financing f = i.financing();
        TargetGroup group = i.targetGroup();
        java.math.BigDecimal size = f != null && f.targetGroupSize() != null
                ? f.targetGroupSize()
                : group == null ? null : group.size();
        Cell amount = f == null || f.amountPerYear() == null ? Cell.text("") : Figures.kroner(f.amountPerYear());
        return Row.of(Cell.text(area), Cell.text(title(i)), Figures.count(size), amount);
    }

    private static String title(Initiative i) {
        return (i.evidenceBased() ? STAR : "") + i.title();
    }

    private static String markTitle(Plan plan, Section mark) {
        return level(plan, 0) + (mark.number() == null ? "" : " " + mark.number()) + ": " + mark.title();
    }

    /** The plan's own name for a level of its tree; a catalogue's are {@code Pejlemærke} and {@code Fokusområde}. */
    private static String level(Plan plan, int depth) {
        if (plan.levels().size() > depth) {
            return plan.levels().get(depth);
        }
        return depth == 0 ? "Pejlemærke" : "Fokusområde";
    }
}
