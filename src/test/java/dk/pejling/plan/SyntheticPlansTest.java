package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyntheticPlansTest {

    private final Plan large = SyntheticPlans.generate("large", 100, 5, 12, 7);

    @Test
    void givesTheSamePlanForTheSameSeed() {
        Plan again = SyntheticPlans.generate("large", 100, 5, 12, 7);
        assertThat(PlanDiff.between(large, again)).isEmpty();
        assertThat(again).isEqualTo(large);
    }

    @Test
    void givesAnotherPlanForAnotherSeed() {
        assertThat(SyntheticPlans.generate("large", 100, 5, 12, 8)).isNotEqualTo(large);
    }

    @Test
    void hasTheRequestedNumberOfInitiativesGoalsTargetsAndResults() {
        assertThat(large.allInitiatives()).hasSize(100);
        assertThat(large.allGoals()).hasSize(500);
        assertThat(large.allGoals().stream().mapToInt(g -> g.targets().size()).sum()).isEqualTo(6000);
        assertThat(large.allGoals().stream().mapToInt(g -> g.results().size()).sum()).isEqualTo(6000);
        assertThat(large.allInitiatives()).extracting(Initiative::number)
                .containsExactlyInAnyOrderElementsOf(Stream.iterate(1, n -> n + 1).limit(100).map(String::valueOf).toList());
    }

    @Test
    void nestsFokusomraaderUnderPejlemaerkerWithOneInitiativeOutside() {
        assertThat(large.levels()).containsExactly("Pejlemærke", "Fokusområde");
        assertThat(large.sections()).isNotEmpty().allSatisfy(mark -> {
            assertThat(mark.sections()).isNotEmpty();
            assertThat(mark.sections()).allSatisfy(area -> assertThat(area.sections()).isEmpty());
        });
        assertThat(large.initiatives()).hasSize(1);
    }

    @Test
    void givesEverySectionInitiativeGoalUnitAndGrantItsOwnId() {
        List<String> ids = new ArrayList<>();
        large.forEachSection(s -> ids.add(s.id()));
        large.allInitiatives().forEach(i -> ids.add(i.id()));
        large.allGoals().forEach(g -> ids.add(g.id()));
        large.units().forEach(u -> ids.add(u.id()));
        large.grants().forEach(g -> ids.add(g.id()));
        assertThat(ids).hasSizeGreaterThan(600).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9][a-z0-9-]*"));
    }

    @Test
    void keepsEveryPeriodInsideThePlansPeriod() {
        for (int periods : new int[] {1, 3, 6, 7, 12, 20}) {
            Plan plan = SyntheticPlans.generate("p", 10, 10, periods, periods);
            List<Period> all = periodsOf(plan);
            assertThat(all).isNotEmpty().allSatisfy(p -> assertThat(plan.covers(p)).as(p.toString()).isTrue());
            assertThat(plan.grants()).allSatisfy(g -> assertThat(g.period()).isEqualTo(plan.period()));
        }
    }

    @Test
    void usesYearsUpToSixPeriodsAndQuartersBeyond() {
        assertThat(SyntheticPlans.generate("p", 1, 1, 6, 1).allGoals().get(0).targets())
                .allSatisfy(t -> assertThat(t.period().kind()).isEqualTo(Period.Kind.YEAR));
        assertThat(large.allGoals().get(0).targets()).allSatisfy(t -> assertThat(t.period().kind())
                .isEqualTo(Period.Kind.QUARTER));
        assertThat(large.period().end()).isEqualTo(Period.year(2021));
    }

    @Test
    void holdsEveryNumberInNormalForm() {
        List<BigDecimal> numbers = new ArrayList<>();
        PlanDiff.walk("plan", large, (path, value) -> {
            if (value instanceof BigDecimal d) {
                numbers.add(d);
            }
        });
        assertThat(numbers).hasSizeGreaterThan(12_000).allSatisfy(n -> assertThat(n).isEqualTo(Decimals.normal(n)));
    }

    @Test
    void coversEveryKindUnitAndDirectionOfGoal() {
        List<Goal> goals = large.allGoals();
        assertThat(goals).extracting(Goal::kind).containsAll(EnumSet.allOf(GoalKind.class));
        assertThat(goals).extracting(Goal::unit).containsAll(EnumSet.allOf(MeasureUnit.class));
        assertThat(goals).extracting(Goal::direction).containsAll(EnumSet.allOf(Direction.class));
    }

    @Test
    void hasTheFeaturesTheDocumentsShow() {
        List<Goal> goals = large.allGoals();
        List<Target> targets = goals.stream().flatMap(g -> g.targets().stream()).toList();
        List<Result> results = goals.stream().flatMap(g -> g.results().stream()).toList();
        assertThat(goals).anyMatch(g -> g.baseline() != null).anyMatch(g -> g.contributesTo() != null)
                .anyMatch(g -> g.measurableFrom() != null);
        assertThat(targets).anyMatch(t -> t.decision() != null).anyMatch(t -> t.reference() != null)
                .anyMatch(t -> t.change() != null).anyMatch(t -> t.changePercent() != null)
                .anyMatch(t -> t.tolerance() != null);
        assertThat(results).anyMatch(r -> r.of() != null).anyMatch(r -> r.display() != null)
                .anyMatch(r -> !r.breakdown().isEmpty()).anyMatch(r -> r.forecast() != null);
        assertThat(goals.stream().filter(g -> g.unit() == MeasureUnit.QUALITATIVE)
                        .flatMap(g -> g.results().stream()))
                .isNotEmpty()
                .allMatch(r -> r.assessment() != null && r.value() == null);
        List<Initiative> initiatives = large.allInitiatives();
        assertThat(initiatives).allMatch(i -> !i.budget().isEmpty() && !i.units().isEmpty() && !i.reports().isEmpty())
                .anyMatch(i -> !i.remarks().isEmpty()).anyMatch(i -> !i.funding().isEmpty())
                .anyMatch(i -> i.financing() != null).anyMatch(i -> i.payForResults() != null)
                .anyMatch(i -> !i.texts().isEmpty())
                .anyMatch(i -> i.targetGroup() != null && !i.targetGroup().breakdown().isEmpty())
                .anyMatch(i -> i.targetGroup() != null && !i.targetGroup().also().isEmpty())
                .anyMatch(i -> i.financing() != null && !i.financing().variants().isEmpty());
        List<Section> sections = new ArrayList<>();
        large.forEachSection(sections::add);
        assertThat(sections).anyMatch(s -> !s.funding().isEmpty()).anyMatch(s -> !s.reports().isEmpty());
        Grant grant = large.grants().get(0);
        assertThat(grant.awards()).isNotEmpty();
        assertThat(grant.allocations()).isNotEmpty();
        assertThat(grant.spending()).isNotEmpty();
        assertThat(grant.carryOver()).isNotEmpty();
        assertThat(initiatives.stream().flatMap(i -> i.funding().stream()))
                .allMatch(f -> f.grant().equals(grant.id()));
    }

    @Test
    void refusesNegativeSizes() {
        assertThatThrownBy(() -> SyntheticPlans.generate("p", -1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticPlans.generate("p", 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Period> periodsOf(Plan plan) {
        List<Period> out = new ArrayList<>();
        plan.forEachSection(s -> s.reports().forEach(r -> out.add(r.period())));
        for (Initiative i : plan.allInitiatives()) {
            Stream.of(i.start(), i.end()).filter(p -> p != null).forEach(out::add);
            i.reports().forEach(r -> out.add(r.period()));
            i.remarks().forEach(r -> out.add(r.period()));
        }
        for (Goal g : plan.allGoals()) {
            g.targets().forEach(t -> out.add(t.period()));
            g.results().forEach(r -> out.add(r.period()));
            if (g.baseline() != null && g.baseline().date() != null) {
                out.add(g.baseline().date());
            }
            if (g.measurableFrom() != null) {
                out.add(g.measurableFrom().period());
            }
        }
        return out;
    }
}
