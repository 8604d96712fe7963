package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PlanEditsTest {

    private static final Period Y2020 = Period.year(2020);
    private static final Period Y2021 = Period.year(2021);

    private static Plan smallPlan() {
        Plan plan = PlanEdits.newPlan("p", "Fritidsjob", new PlanPeriod(Period.year(2019), Period.year(2022)),
                "Handleplan", "BIU", List.of("Tema"));
        plan = PlanEdits.addSection(plan, null, PlanEdits.newSection("s1", "1", "Unge", null));
        plan = PlanEdits.addSection(plan, "s1", PlanEdits.newSection("s2", "1.1", "Fritidsjob", null));
        plan = PlanEdits.addInitiative(plan, "s2", PlanEdits.newInitiative("i1", facts("7", "Samarbejde med Fiskeriet")));
        plan = PlanEdits.addInitiative(plan, null, PlanEdits.newInitiative("i2", facts("8", "Samarbejde med FRAK")));
        return PlanEdits.addGoal(plan, "i1", PlanEdits.newGoal("g1", new PlanEdits.GoalFacts(null, GoalKind.RESULT,
                "250 unge kommer i fritidsjob.", MeasureUnit.COUNT, Direction.AT_LEAST, null, null)));
    }

    private static PlanEdits.InitiativeFacts facts(String number, String title) {
        return new PlanEdits.InitiativeFacts(number, title, null, List.of("JC"), Y2020, null, InitiativeStatus.RUNNING,
                List.of(new YearAmount(2021, new BigDecimal("500000")), new YearAmount(2020, new BigDecimal("600000"))));
    }

    @Test
    void addsSectionsInitiativesAndGoalsWhereTheFormSays() {
        Plan plan = smallPlan();

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.sections()).extracting(Section::id).containsExactly("s1");
        assertThat(plan.sections().get(0).sections().get(0).initiatives()).extracting(Initiative::id).containsExactly("i1");
        assertThat(plan.initiatives()).extracting(Initiative::id).containsExactly("i2");
        assertThat(plan.initiative("i1").orElseThrow().goals()).extracting(Goal::id).containsExactly("g1");
        assertThat(plan.initiative("i1").orElseThrow().budget()).extracting(YearAmount::year).containsExactly(2020, 2021);
    }

    @Test
    void editsOneInitiativeDeepInTheTreeAndLeavesItsGoalsAndTheRestAlone() {
        Plan before = smallPlan();
        Plan after = PlanEdits.editInitiative(before, "i1", facts("7", "Fiskeriets fritidsjobformidling"));

        assertThat(after.initiative("i1").orElseThrow().title()).isEqualTo("Fiskeriets fritidsjobformidling");
        assertThat(after.initiative("i1").orElseThrow().goals()).isEqualTo(before.initiative("i1").orElseThrow().goals());
        assertThat(after.initiative("i2")).isEqualTo(before.initiative("i2"));
        assertThat(before.initiative("i1").orElseThrow().title()).as("the old value is untouched").isEqualTo("Samarbejde med Fiskeriet");
    }

    @Test
    void removesASectionWithEverythingInItAndOneGoalOnly() {
        Plan plan = smallPlan();

        assertThat(PlanEdits.removeSection(plan, "s2").allInitiatives()).extracting(Initiative::id).containsExactly("i2");
        assertThat(PlanEdits.removeGoal(plan, "g1").allGoals()).isEmpty();
        assertThat(PlanEdits.removeInitiative(plan, "i2").allInitiatives()).extracting(Initiative::id).containsExactly("i1");
        assertThatThrownBy(() -> PlanEdits.removeGoal(plan, "nope")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void changingATargetNeedsTheDecisionAndKeepsOneTargetPerPeriod() {
        Goal goal = smallPlan().goal("g1").orElseThrow();
        goal = PlanEdits.setTarget(goal, Y2021, new BigDecimal("250"), null);
        goal = PlanEdits.setTarget(goal, Y2020, new BigDecimal("250"), null);
        Goal set = goal;

        assertThat(PlanEdits.changesTarget(set, Y2021, new BigDecimal("195"))).isTrue();
        assertThat(PlanEdits.changesTarget(set, Y2021, new BigDecimal("250.0"))).isFalse();
        assertThatThrownBy(() -> PlanEdits.setTarget(set, Y2021, new BigDecimal("195"), null))
                .isInstanceOf(IllegalArgumentException.class);

        Decision biu = new Decision("BIU", LocalDate.of(2020, 11, 23), "Nedjusteret pga. Covid-19.");
        Goal changed = PlanEdits.setTarget(set, Y2021, new BigDecimal("195"), biu);
        assertThat(changed.targets()).extracting(Target::period).containsExactly(Y2020, Y2021);
        assertThat(changed.target(Y2021).orElseThrow().value()).isEqualByComparingTo("195");
        assertThat(changed.target(Y2021).orElseThrow().decision()).isEqualTo(biu);
    }

    @Test
    void recordsAResultReplacingTheFigureOfThePeriod() {
        Goal goal = smallPlan().goal("g1").orElseThrow();
        goal = PlanEdits.recordResult(goal, Y2021, new BigDecimal("100"), null);
        goal = PlanEdits.recordResult(goal, Y2020, new BigDecimal("142"), LocalDate.of(2021, 1, 31));
        goal = PlanEdits.recordResult(goal, Y2021, new BigDecimal("180"), null);

        assertThat(goal.results()).extracting(Result::period).containsExactly(Y2020, Y2021);
        assertThat(goal.result(Y2021).orElseThrow().value()).isEqualByComparingTo("180");
        assertThat(goal.result(Y2020).orElseThrow().asOf()).isEqualTo(LocalDate.of(2021, 1, 31));
    }

    @Test
    void findsAnIdNotYetUsed() {
        assertThat(PlanEdits.freshId(smallPlan(), "i")).isEqualTo("i3");
        assertThat(PlanEdits.freshId(smallPlan(), "g")).isEqualTo("g2");
    }

    @Test
    void everyEditKeepsThePlansBudgetFrameAndGrants() {
        List<YearAmount> frame = List.of(new YearAmount(2020, new BigDecimal("7300000")));
        Plan before = smallPlan().withBudgetFrame(frame);

        List<Plan> edited = List.of(
                PlanEdits.withFacts(before, "Ny titel", before.period(), "Handleplan", "BIU", List.of("Tema")),
                PlanEdits.addSection(before, null, PlanEdits.newSection("s9", "9", "Voksne", null)),
                PlanEdits.removeSection(before, "s1"),
                PlanEdits.editInitiative(before, "i1", facts("7", "Fiskeriets fritidsjobformidling")),
                PlanEdits.addInitiative(before, null, PlanEdits.newInitiative("i9", facts("9", "Nyt"))),
                PlanEdits.removeInitiative(before, "i2"),
                PlanEdits.removeGoal(before, "g1"));

        assertThat(edited).allSatisfy(p -> {
            assertThat(p.budgetFrame()).isEqualTo(frame);
            assertThat(p.grants()).isEqualTo(before.grants());
        });
    }
}
