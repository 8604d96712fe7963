package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.plan.Plan;
import dk.pejling.report.CommitteeDocument.Block;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.report.CommitteeDocument.Table;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The documents of the five seed plans beyond their golden files: titles, tense, types, periods and figures. */
class CommitteeDocumentsTest {

    /** A cell that prints nothing but a figure: {@code 93}, {@code 26.898.526 kr.}, {@code ca. 14 mio. kr.}, {@code 43 pct.} */
    private static final Pattern FIGURE = Pattern.compile(
            "(ca\\. )?-?\\d{1,3}(\\.\\d{3})*(,\\d+)?( kr\\.| mio\\. kr\\.| pct\\.| procentpoint)?( fra udgangspunktet)?");

    private static final Period Y2019 = Period.year(2019);
    private static final Period Y2020 = Period.year(2020);

    private final CommitteeDocuments documents = new CommitteeDocuments(null);

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of(Seeds.STATUS_PLAN, DocumentType.STATUS),
                Arguments.of(Seeds.QUARTERLY_PLAN, DocumentType.QUARTERLY_STATUS),
                Arguments.of(Seeds.CATALOGUE_PLAN, DocumentType.CATALOGUE),
                Arguments.of(Seeds.ACTION_PLAN, DocumentType.ACTION_PLAN),
                Arguments.of(Seeds.GRANT_PLAN, DocumentType.GRANT_ACCOUNT));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void suggestsTheTypeOfTheSeedEachPlanWasWrittenAs(String planId, DocumentType type) {
        assertThat(documents.suggestedType(Seeds.plan(planId))).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFigureCellOfEverySeedDocumentHoldsItsNumberAndKind(String planId, DocumentType type) {
        Plan plan = Seeds.plan(planId);
        for (DocumentType any : DocumentType.values()) {
            CommitteeDocument doc = documents.build(plan, any, List.of());
            assertThat(doc.type()).isEqualTo(any.code());
            List<Cell> cells = cells(doc);
            for (Cell cell : cells) {
                boolean figure = FIGURE.matcher(cell.text()).matches();
                assertThat(cell.number() != null).as("%s %s: «%s» is a figure", planId, any.code(), cell.text()).isEqualTo(figure);
                assertThat(cell.kind() != NumberKind.NONE).as("kind of «%s»", cell.text()).isEqualTo(cell.number() != null);
            }
        }
    }

    @Test
    void aStatusForOneYearIsTitledForThatYearAndSpeaksOfItInThePresentPerfect() {
        CommitteeDocument doc = documents.build(Seeds.plan(Seeds.STATUS_PLAN), DocumentType.STATUS, List.of(Y2019));
        assertThat(doc.title()).isEqualTo("Status 2019 for indsatser i Integrationshandleplan 2019-22");
        Table table = (Table) doc.blocks().get(0);
        assertThat(table.header()).containsExactly("Indsats og afsatte midler", "Målsætninger", "Status 2019");
        assertThat(table.rows().get(0).cells().get(2).text()).isEqualTo("Målet er opnået (508).");
    }

    @Test
    void theSeedsOwnTitleIsKeptForItsOwnTypeAndPeriodsOnly() {
        Plan plan = Seeds.plan(Seeds.STATUS_PLAN);
        assertThat(documents.build(plan, DocumentType.STATUS, List.of(Y2020, Y2019)).title())
                .isEqualTo("Bilag 1: Status 2019-2020 for indsatser i Integrationshandleplan 2019-22");
        assertThat(documents.build(plan, DocumentType.STATUS, List.of(Y2019, Period.year(2021))).title())
                .isEqualTo("Status 2019 og 2021 for indsatser i Integrationshandleplan 2019-22");
        assertThat(documents.build(plan, DocumentType.ACTION_PLAN, List.of()).title()).isEqualTo("Integrationshandleplan 2019-22");
    }

    @Test
    void aStatusWithoutRemarksForItsPeriodsHasNoRemarksSection() {
        CommitteeDocument doc = documents.build(Seeds.plan(Seeds.STATUS_PLAN), DocumentType.STATUS, List.of(Y2019));
        // the table, then only the goals' charts: no introduction, no remark headings
        assertThat(doc.blocks().get(0)).isInstanceOf(CommitteeDocument.Table.class);
        assertThat(doc.blocks().subList(1, doc.blocks().size())).allMatch(b -> b instanceof CommitteeDocument.Charts);
    }

    @Test
    void theDefaultPeriodsAreThoseOfTheSeedDocument() {
        assertThat(documents.periods(Seeds.plan(Seeds.STATUS_PLAN), DocumentType.STATUS, List.of())).containsExactly(Y2019, Y2020);
        assertThat(documents.periods(Seeds.plan(Seeds.QUARTERLY_PLAN), DocumentType.QUARTERLY_STATUS, List.of()))
                .containsExactly(Period.quarter(2009, 3));
        assertThat(documents.periods(Seeds.plan(Seeds.GRANT_PLAN), DocumentType.GRANT_ACCOUNT, List.of()))
                .containsExactly(Period.year(2007));
    }

    @Test
    void refusesPeriodsOutsideThePlanAndTextsThatAreNoPeriods() {
        Plan plan = Seeds.plan(Seeds.STATUS_PLAN);
        assertThatThrownBy(() -> documents.periods(plan, DocumentType.STATUS, List.of(Period.year(2030))))
                .isInstanceOf(InvalidPeriodsException.class)
                .hasMessageContaining("2030");
        assertThatThrownBy(() -> CommitteeDocuments.parsePeriods("2019,snart"))
                .isInstanceOf(InvalidPeriodsException.class)
                .hasMessageContaining("\"snart\" er ikke en periode");
        assertThat(CommitteeDocuments.parsePeriods(" 2020 , 2019 ,")).containsExactly(Y2020, Y2019);
        assertThat(documents.periods(plan, DocumentType.STATUS, List.of(Y2020, Y2019, Y2020))).containsExactly(Y2019, Y2020);
    }

    @Test
    void theGrantAccountCountsAllocatedConsultantsPerUnitAndInAll() {
        CommitteeDocument doc = documents.build(Seeds.plan(Seeds.GRANT_PLAN), DocumentType.GRANT_ACCOUNT, List.of());
        Table allocation = tables(doc).stream().filter(t -> t.sheetName().equals("Fordeling 2007")).findFirst().orElseThrow();
        Cell total = allocation.rows().get(allocation.rows().size() - 1).cells().get(1);
        assertThat(total.text()).isEqualTo("93");
        assertThat(allocation.rows().subList(0, allocation.rows().size() - 1).stream()
                        .mapToInt(r -> r.cells().get(1).number().intValueExact())
                        .sum())
                .isEqualTo(93);
    }

    private static List<Table> tables(CommitteeDocument doc) {
        List<Table> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Table t) {
                out.add(t);
            }
        }
        return out;
    }

    /** The cells of every table but those under "Nr.": an initiative's number names it, it is not a figure. */
    private static List<Cell> cells(CommitteeDocument doc) {
        List<Cell> out = new ArrayList<>();
        for (Table t : tables(doc)) {
            int number = t.header().indexOf("Nr.");
            t.rows().forEach(r -> {
                for (int c = 0; c < r.cells().size(); c++) {
                    if (c != number) {
                        out.add(r.cells().get(c));
                    }
                }
            });
        }
        return out;
    }
}
