package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Remark;
import dk.pejling.report.DocumentCheck.Kind;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the committee would notice in seed 000's status before it goes out. */
class DocumentChecksTest {

    private static final List<Period> DOCUMENT = List.of(Period.year(2019), Period.year(2020));

    private final Plan plan = Seeds.plan(Seeds.STATUS_PLAN);

    @Test
    void namesEveryUnmetGoalOfNr5WhichHasNoRemark() {
        List<DocumentCheck> unmet = DocumentChecks.of(plan, DocumentType.STATUS, DOCUMENT).stream()
                .filter(c -> c.kind() == Kind.UNMET_WITHOUT_REMARK)
                .toList();
        assertThat(unmet).extracting(DocumentCheck::goalId, DocumentCheck::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("i5-g1", "2019"),
                        org.assertj.core.groups.Tuple.tuple("i5-g2", "2019"),
                        org.assertj.core.groups.Tuple.tuple("i5-g2", "2020"));
        assertThat(unmet.get(0).message()).isEqualTo("Nr. 5 »Flere lære- og elevpladser til unge«: målet »Minimum 60 unge med "
                + "minoritetsbaggrund deltager i indsatsen årligt.« er ikke opnået i 2019, og der er ingen bemærkning om hvorfor.");
    }

    @Test
    void namesThePlannersJudgementThatDiffersFromTheFiguresWithItsReason() {
        List<DocumentCheck> differs = DocumentChecks.of(plan, DocumentType.STATUS, DOCUMENT).stream()
                .filter(c -> c.kind() == Kind.JUDGEMENT_DIFFERS)
                .toList();
        assertThat(differs).hasSize(1);
        assertThat(differs.get(0).message())
                .startsWith("Nr. 5 »Flere lære- og elevpladser til unge«: målet »Alle får en lære- eller elevplads efter endt indsats.« "
                        + "er vurderet ikke opnået i 2019, men tallene (43 af 43) siger opnået. Begrundelse: Tallet (43)");
    }

    @Test
    void aRemarkOnNr5LeavesOnlyTheJudgementToNotice() {
        Plan remarked = withRemarkOnNr5(plan);
        assertThat(DocumentChecks.of(remarked, DocumentType.STATUS, DOCUMENT))
                .extracting(DocumentCheck::kind)
                .containsExactly(Kind.JUDGEMENT_DIFFERS);
    }

    @Test
    void saysThatAPeriodHasNoFiguresAtAll() {
        List<DocumentCheck> checks = DocumentChecks.of(plan, DocumentType.STATUS, List.of(Period.year(2021)));
        assertThat(checks).extracting(DocumentCheck::kind).contains(Kind.NO_FIGURES);
        assertThat(checks.get(0).message()).startsWith("Der er ingen tal for 2021");
    }

    @Test
    void namesAGoalWithATargetButNoFigureInThePeriod() {
        Plan quarterly = Seeds.plan(Seeds.QUARTERLY_PLAN);
        List<DocumentCheck> checks = DocumentChecks.of(quarterly, DocumentType.QUARTERLY_STATUS, List.of(Period.quarter(2009, 3)));
        assertThat(checks).filteredOn(c -> c.kind() == Kind.NO_FIGURES)
                .extracting(DocumentCheck::goalId)
                .contains("i2-2-g3");
    }

    @Test
    void documentsWithoutStatusCellsHaveNothingToCheck() {
        assertThat(DocumentChecks.of(plan, DocumentType.CATALOGUE, DOCUMENT)).isEmpty();
    }

    private static Plan withRemarkOnNr5(Plan p) {
        List<Initiative> initiatives = new ArrayList<>();
        for (Initiative i : p.initiatives()) {
            if (!i.id().equals("i5")) {
                initiatives.add(i);
                continue;
            }
            initiatives.add(new Initiative(i.id(), i.number(), i.title(), i.status(), i.start(), i.end(), i.evidenceBased(),
                    i.text(), i.inspiration(), i.effect(), i.targetGroup(), i.financing(), i.payForResults(), i.budget(),
                    i.units(), i.funding(), i.goals(), i.reports(),
                    List.of(new Remark(Period.year(2020), "Færre unge end ventet fik en læreplads.")), i.texts(), null));
        }
        return new Plan(p.id(), p.title(), p.kind(), p.organisation(), p.owner(), p.period(), p.status(), p.asOf(), p.text(),
                p.document(), p.texts(), p.significance(), p.levels(), p.units(), p.goals(), p.sections(), initiatives, p.grants());
    }
}
