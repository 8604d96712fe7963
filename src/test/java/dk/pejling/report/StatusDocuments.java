package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.BulletList;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.Heading;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Paragraph;
import dk.pejling.report.CommitteeDocument.Row;
import dk.pejling.report.CommitteeDocument.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Committee documents made by hand for the writers' tests: a status annex like seed 000 (two
 * initiatives, their goals and yearly statuses, the economy as figures, remarks on unmet goals),
 * with text that must stay literal (markup, formulas) in its cells and paragraphs.
 */
final class StatusDocuments {

    static final String TITLE = "Status 2019-2020 for indsatser i Integrationshandleplan 2019-22";
    static final String REMARKS_INTRO =
            "Nedenfor følger bemærkninger vedr. de indsatser med mål, der ikke blev opnået:";
    static final String MARKUP = "<b>Ikke fed</b> & <i>ikke kursiv</i>";
    static final String FORMULA = "=HYPERLINK(\"https://example.org\";\"Klik her\")";
    static final List<String> INJECTIONS = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)");

    private StatusDocuments() {}

    static CommitteeDocument seed000Like() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "Indsatser og mål"));
        blocks.add(new Table(
                "Status 2019-2020",
                "Status for indsatser og mål",
                List.of("Indsats og afsatte midler", "Målsætninger", "Status 2019", "Status 2020"),
                List.of(
                        new Row(List.of(Cell.bold("1. Håndholdt og vedvarende virksomhedsindsatser for ledige (3,3 mio. kr. årligt)"),
                                Cell.text("Minimum 350 ledige københavnere deltager i indsatsen årligt."),
                                Cell.number("Målet blev opnået (508).", new BigDecimal("508"), NumberKind.COUNT),
                                Cell.text("Målet er opnået (537).")), false),
                        Row.of(Cell.text(""),
                                Cell.text("Minimum 90 pct. af deltagerne kommer i virksomhedsplacering, opkvalificering eller uddannelsesforløb."),
                                Cell.text("Målet blev ikke opnået (83 pct.)."),
                                Cell.text("Målet er ikke opnået (43 pct.).")),
                        new Row(List.of(new Cell("Indsatsen udløb i 2020", null, NumberKind.NONE, false, 4)), true),
                        new Row(List.of(Cell.bold("3. Barselsgrupper med fokus på job og uddannelse (0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020)\nIndsatsen udløb i 2020"),
                                Cell.text("Minimum 30 kvinder deltager årligt."),
                                Cell.text("Målet blev ikke opnået (12)."),
                                Cell.text("Målet er ikke opnået (13).")), false),
                        Row.of(Cell.text(MARKUP), Cell.text(INJECTIONS.get(0)), Cell.text(INJECTIONS.get(1)), Cell.text(INJECTIONS.get(2))),
                        Row.of(Cell.text(INJECTIONS.get(3)), Cell.text("-"), Cell.text("Indsatsen var ikke igangsat i 2019"), Cell.text("-")))));
        blocks.add(new Heading(2, "Økonomi og deltagere"));
        blocks.add(new Table(
                "Økonomi: 2019/2020 [kr.]* og deltagere i alt",
                null,
                List.of("Indsats", "Budget", "Forbrug", "Deltagere", "Gennemsnit", "Andel", "Udvikling"),
                List.of(
                        Row.of(Cell.text("1. Håndholdt og vedvarende virksomhedsindsatser"),
                                Cell.number("3,3 mio. kr.", new BigDecimal("3300000"), NumberKind.KRONER),
                                Cell.number("26.898.526 kr.", new BigDecimal("26898526"), NumberKind.KRONER),
                                Cell.number("1.500", new BigDecimal("1500"), NumberKind.COUNT),
                                Cell.number("57,3", new BigDecimal("57.3"), NumberKind.DECIMAL),
                                Cell.number("43 pct.", new BigDecimal("43"), NumberKind.PERCENT),
                                Cell.number("10,6 procentpoint", new BigDecimal("10.6"), NumberKind.DECIMAL)),
                        new Row(List.of(Cell.bold("I alt"),
                                Cell.number("14,53 mio. kr.", new BigDecimal("14530000"), NumberKind.KRONER),
                                Cell.number("12,50 kr.", new BigDecimal("12.5"), NumberKind.KRONER),
                                Cell.number("93", new BigDecimal("93"), NumberKind.COUNT),
                                Cell.number("2,0", new BigDecimal("2"), NumberKind.DECIMAL),
                                Cell.number("57,3 pct.", new BigDecimal("57.3"), NumberKind.PERCENT),
                                Cell.text("")), true))));
        blocks.add(new Heading(2, "Bemærkninger"));
        blocks.add(new Paragraph(REMARKS_INTRO));
        blocks.add(new Heading(3, "Håndholdt og vedvarende virksomhedsindsatser for ledige (nr.1)"));
        blocks.add(new Paragraph("Målet om, at 90 pct. af deltagerne kommer i virksomhedsplacering, blev ikke nået, "
                + "fordi nedlukningen i 2020 lukkede mange virksomheder for praktikanter."));
        blocks.add(new Paragraph("Indsatsen udløb i 2020", true));
        blocks.add(new BulletList(List.of("Færre virksomhedsplaceringer under nedlukningen", "Flere forløb online"), false));
        blocks.add(new BulletList(List.of("Genoptag kontakten til virksomhederne", "Følg op i 2021"), true));
        blocks.add(new BulletList(List.of("Ny liste, som starter forfra"), true));
        blocks.add(new Paragraph(MARKUP));
        blocks.add(new Paragraph(FORMULA));
        blocks.add(new Table("Dokument", null, List.of("Nr.", "Bemærkning"), List.of(Row.of(Cell.text("1"), Cell.text("Navnet er taget")))));
        return new CommitteeDocument("status", "Bilag 1", TITLE, List.of("Sidst opdateret: 23.11.2020", "Sagsnr. 2020-0123456"), blocks);
    }

    /** The texts of the document's blocks in reading order (tables cell by cell), as a reader should find them. */
    static List<String> texts(CommitteeDocument document) {
        List<String> texts = new ArrayList<>();
        if (document.label() != null) {
            texts.add(document.label());
        }
        texts.add(document.title());
        texts.addAll(document.meta());
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                texts.add(h.text());
            } else if (block instanceof Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof BulletList l) {
                texts.addAll(l.items());
            } else if (block instanceof Table t) {
                if (t.caption() != null) {
                    texts.add(t.caption());
                }
                texts.addAll(t.header());
                for (Row row : t.rows()) {
                    for (Cell cell : row.cells()) {
                        if (!cell.text().isEmpty()) {
                            texts.add(cell.text());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
