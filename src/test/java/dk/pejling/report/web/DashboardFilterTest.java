package dk.pejling.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.GoalKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's filters as the GET form sends them: blank is no filter, an unknown value is named. */
class DashboardFilterTest {

    private static final DashboardGoal MET_ACTIVITY = goal("pm1", List.of("cbsi"), GoalKind.ACTIVITY, Assessment.ACHIEVED);
    private static final DashboardGoal UNMET_RESULT = goal("pm2", List.of("jc"), GoalKind.RESULT, Assessment.NOT_ACHIEVED);

    @Test
    void blankFieldsFilterNothing() {
        DashboardFilter filter = DashboardFilter.of("", " ", null, "");
        assertThat(filter).isEqualTo(DashboardFilter.NONE);
        assertThat(filter.accepts(MET_ACTIVITY)).isTrue();
        assertThat(filter.accepts(UNMET_RESULT)).isTrue();
    }

    @Test
    void everyFieldNarrowsTheList() {
        assertThat(DashboardFilter.of("pm1", null, null, null).accepts(UNMET_RESULT)).isFalse();
        assertThat(DashboardFilter.of(null, "jc", null, null).accepts(UNMET_RESULT)).isTrue();
        assertThat(DashboardFilter.of(null, "jc", null, null).accepts(MET_ACTIVITY)).isFalse();
        assertThat(DashboardFilter.of(null, null, "result", "not_achieved").accepts(UNMET_RESULT)).isTrue();
        assertThat(DashboardFilter.of(null, null, "RESULT", null).accepts(MET_ACTIVITY)).isFalse();
        assertThat(DashboardFilter.of(null, null, null, "achieved").accepts(MET_ACTIVITY)).isTrue();
    }

    @Test
    void anUnknownKindOrAssessmentIsNamedInDanish() {
        assertThatThrownBy(() -> DashboardFilter.of(null, null, "big", null)).hasMessage("Måltypen »big« findes ikke.");
        assertThatThrownBy(() -> DashboardFilter.of(null, null, null, "maybe")).hasMessage("Vurderingen »maybe« findes ikke.");
    }

    private static DashboardGoal goal(String section, List<String> units, GoalKind kind, Assessment assessment) {
        var judged = new dk.pejling.assessment.GoalAssessment(
                dk.pejling.shared.Period.year(2020), null, null, assessment, null, assessment, false);
        var status = new dk.pejling.assessment.GoalStatus(
                "g", "i1", judged, dk.pejling.assessment.DevelopmentColour.WHITE, null, null, "");
        return new DashboardGoal("g", "Mål", kind, section, "i1", "1. Indsats", units, units, status, null, null);
    }
}
