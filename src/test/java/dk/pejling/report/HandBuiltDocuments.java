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
 * Committee documents put together by hand in the words of the status annex (seed 000), for the
 * format tests that must not wait for the document builders.
 */
final class HandBuiltDocuments {

    record Goal(String text, List<String> statuses) {}

    record Initiative(int number, String title, String budget, boolean ended, List<Goal> goals, String remark) {
        String heading() {
            return number + ". " + title + " (" + budget + ")";
        }
    }

    static final String REMARKS_INTRO =
            "Nedenfor følger bemærkninger vedr. de indsatser med mål, der ikke blev opnået:";

    private static final List<Initiative> SEED = List.of(
            new Initiative(1, "Håndholdt og vedvarende virksomhedsindsatser for ledige", "3,3 mio. kr. årligt", false,
                    List.of(
                            new Goal("Minimum 350 ledige københavnere deltager i indsatsen årligt.",
                                    List.of("Målet blev opnået (508).", "Målet er opnået (537).")),
                            new Goal("Minimum 90 pct. af deltagerne kommer i virksomhedsplacering, opkvalificering"
                                    + " eller uddannelsesforløb.",
                                    List.of("Målet blev ikke opnået (83 pct.).", "Målet er ikke opnået (43 pct.).")),
                            new Goal("40 pct. af ledige, der har været i virksomhedsplacering, opkvalificering eller"
                                    + " uddannelsesforløb kommer i beskæftigelse (herunder småjob og deltidsjob)"
                                    + " eller uddannelse.",
                                    List.of("Målet blev opnået (47 pct.).", "Målet er opnået (51 pct.)."))),
                    "Afgang til beskæftigelse og uddannelse var over målniveauet, mens målet for andel i"
                            + " virksomhedsplacering, opkvalificering, mm. ikke er nået."),
            new Initiative(2, "Særlig virksomhedsrettet indsats for kvinder, med fokus på helbredsafklaring",
                    "2,5 mio. kr. årligt, 2,3 mio. kr. i 2020", false,
                    List.of(
                            new Goal("Minimum 135 udsatte ledige, særligt kvinder deltager i indsatsen årligt.",
                                    List.of("Målet blev opnået (167).", "Målet er opnået (162).")),
                            new Goal("Minimum 80 pct. af deltagerne kommer enten i virksomhedsplacering,"
                                    + " opkvalificering eller får opstartet en forberedende plan.",
                                    List.of("Målet blev ikke opnået (70 pct.).", "Målet er ikke opnået (44 pct.)."))),
                    "Flere borgere er kommet direkte i beskæftigelse eller uddannelse uden forudgående"
                            + " virksomhedsplacering eller opkvalificering mm."),
            new Initiative(3, "Barselsgrupper med fokus på job og uddannelse",
                    "0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020", true,
                    List.of(
                            new Goal("Minimum 30 kvinder deltager årligt.",
                                    List.of("Målet blev ikke opnået (12).", "Målet er ikke opnået (13).")),
                            new Goal("Alle får vedligeholdt deres danskundskaber.",
                                    List.of("Målet blev opnået.", "Målet er opnået."))),
                    "Det skyldes, at der har været forholdsvis få kvinder med flygtningebaggrund på barsel i"
                            + " perioden. Hertil kommer, at projektet har været lukket i en periode på grund af"
                            + " Covid-19."),
            new Initiative(7, "Samarbejde med Fiskeriet om fritidsjob", "0,6 mio. kr. i 2020", false,
                    List.of(new Goal("250 unge kommer i fritidsjob via Fiskeriets fritidsjobformidling. BIU har"
                                    + " 23.11.2020 besluttet at nedjustere målet for 2021 til 195.",
                            List.of("Indsatsen var ikke igangsat i 2019.", "Målet er ikke opnået (142)."))),
                    "Pga. Covid-19-situationen oplevede Fiskeriet, at virksomhederne var mindre tilbøjelige til at"
                            + " prioritere fritidsjob."),
            new Initiative(9, "Forebyggelse af social kontrol", "1,0 mio. kr. årligt", false,
                    List.of(new Goal("1.500 borgere (unge, forældre og kvinder) samt fagpersonale indgår i"
                                    + " indsatsen årligt.",
                            List.of("Målet blev opnået (knap 1.400 borgere og knap 300 fagpersoner).",
                                    "Målet er opnået (2.875 borgere og ca. 230 fagpersoner)."))),
                    ""));

    private HandBuiltDocuments() {}

    /** The seed's initiatives numbered 1..count, cycling through them, each over {@code periods} years. */
    static List<Initiative> initiatives(int count, int periods) {
        List<Initiative> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Initiative s = SEED.get(i % SEED.size());
            List<Goal> goals = new ArrayList<>();
            for (Goal g : s.goals()) {
                List<String> statuses = new ArrayList<>();
                for (int p = 0; p < periods; p++) {
                    statuses.add(g.statuses().get(p % g.statuses().size()));
                }
                goals.add(new Goal(g.text(), statuses));
            }
            out.add(new Initiative(i + 1, s.title(), s.budget(), s.ended(), goals, s.remark()));
        }
        return out;
    }

    static List<String> periodColumns(int periods) {
        List<String> columns = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            columns.add("Status " + (2019 + p));
        }
        return columns;
    }

    /** A status annex in the seed's shape: the multi-period table, then the remarks on unmet goals. */
    static CommitteeDocument status(List<Initiative> initiatives, int periods) {
        List<String> header = new ArrayList<>(List.of("Indsats og afsatte midler", "Målsætninger"));
        header.addAll(periodColumns(periods));
        List<Row> rows = new ArrayList<>();
        for (Initiative initiative : initiatives) {
            String first = initiative.heading() + (initiative.ended() ? "\nIndsatsen udløb i 2020" : "");
            rows.add(new Row(List.of(new Cell(first, null, NumberKind.NONE, true, header.size())), true));
            for (Goal goal : initiative.goals()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.text(""));
                cells.add(Cell.text(goal.text()));
                goal.statuses().forEach(s -> cells.add(Cell.text(s)));
                rows.add(new Row(cells, false));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("Status", null, header, rows));
        blocks.add(new Paragraph(REMARKS_INTRO));
        for (Initiative initiative : initiatives) {
            if (!initiative.remark().isEmpty()) {
                blocks.add(new Heading(2, "“" + initiative.title() + "” (nr." + initiative.number() + ")"));
                blocks.add(new Paragraph(initiative.remark()));
            }
        }
        blocks.add(new Heading(1, "Økonomi"));
        blocks.add(new Paragraph("Midlerne er fordelt således:"));
        blocks.add(new BulletList(List.of("Jobcenter København", "Københavns Erhvervshus"), false));
        blocks.add(new Table("Økonomi", "Afsatte midler og forbrug", List.of("Post", "Beløb"), List.of(
                Row.of(Cell.text("Afsat"), Cell.number("14.531.250 kr.", new BigDecimal("14531250"), NumberKind.KRONER)),
                Row.of(Cell.text("Forbrugt"), Cell.number("12.098.400 kr.", new BigDecimal("12098400"), NumberKind.KRONER)),
                Row.of(Cell.bold("Mindreforbrug overført"),
                        Cell.number("2.432.850 kr.", new BigDecimal("2432850"), NumberKind.KRONER)))));
        blocks.add(new Paragraph("Indsatsen udløb i 2020", true));
        return new CommitteeDocument("status", "Bilag 1",
                "Status 2019-" + (2019 + periods - 1) + " for indsatser i Integrationshandleplan 2019-22",
                List.of("Beskæftigelses- og Integrationsudvalget", "Sidst opdateret: 25.01.2021"), blocks);
    }

    /** Everything the status document prints, in reading order (the periods' cells row by row). */
    static List<String> readingOrder(CommitteeDocument document) {
        List<String> phrases = new ArrayList<>();
        if (document.label() != null) {
            phrases.add(document.label());
        }
        phrases.add(document.title());
        phrases.addAll(document.meta());
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                phrases.add(h.text());
            } else if (block instanceof Paragraph p) {
                phrases.add(p.text());
            } else if (block instanceof BulletList l) {
                phrases.addAll(l.items());
            } else if (block instanceof Table t) {
                if (t.caption() != null) {
                    phrases.add(t.caption());
                }
                phrases.addAll(t.header());
                for (Row row : t.rows()) {
                    for (Cell cell : row.cells()) {
                        for (String line : cell.text().split("\n")) {
                            if (!line.isBlank()) {
                                phrases.add(line);
                            }
                        }
                    }
                }
            }
        }
        return phrases;
    }
}
