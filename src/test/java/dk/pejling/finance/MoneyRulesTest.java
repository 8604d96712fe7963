package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules added for issue 6: frames against budgets, broken grant conditions, payments due, checks on entered money. */
class MoneyRulesTest {

    private static final Plan STATUS = FinanceFixtures.integrationPlanStatus();

    @Test
    void showsWhatIsLeftAndWhatIsOverPerYearOfThePlansFrame() {
        Plan framed = STATUS.withBudgetFrame(List.of(new YearAmount(2019, kr(8_000_000)), new YearAmount(2020, kr(7_000_000))));

        List<FrameBalance> balances = BudgetSummary.of(framed).against(java.util.Map.of(
                2019, framed.budgetFrame(2019).orElseThrow(), 2020, framed.budgetFrame(2020).orElseThrow()));

        // 2019: 3,3 + 2,5 + 1,6 = 7,4 mio. of 8 mio.; 2020: 3,3 + 2,3 + 1,6 = 7,2 mio. of 7 mio.
        assertThat(balances.get(0).left()).isEqualByComparingTo("600000");
        assertThat(balances.get(0).isOver()).isFalse();
        assertThat(balances.get(1).left()).isEqualByComparingTo("-200000");
        assertThat(balances.get(1).isOver()).isTrue();
    }

    @Test
    void changesTheBudgetOfAnInitiativeInsideASectionAndNoOther() {
        Plan changed = STATUS.withInitiative("i6", i -> i.withBudget(List.of(new YearAmount(2021, kr(900_000)))));

        assertThat(changed.initiative("i6").orElseThrow().budget()).containsExactly(new YearAmount(2021, kr(900_000)));
        assertThat(changed.initiative("i1").orElseThrow().budget()).isEqualTo(STATUS.initiative("i1").orElseThrow().budget());
    }

    @Test
    void warnsOfAGrantConditionMarkedBrokenWithoutAYearOrFigures() {
        GrantLedger ledger = GrantLedger.of(FinanceFixtures.jobConsultantGrant().withTerms(List.of(
                new GrantCondition("Bevillingen gives alene til dækning af kommunale lønudgifter.",
                        GrantCondition.Kind.SALARY_ONLY, true, "Husleje betalt af puljen"),
                new GrantCondition("Ydelsesmodtagere over 18 år", GrantCondition.Kind.TARGET_GROUP, false, null))));

        List<LedgerWarning> broken = ledger.warnings().stream()
                .filter(w -> w.kind() == LedgerWarning.Kind.CONDITION_BROKEN)
                .toList();

        assertThat(broken).singleElement().satisfies(w -> {
            assertThat(w.condition()).startsWith("Bevillingen gives alene");
            assertThat(w.year()).isNull();
            assertThat(w.message()).isEqualTo("En betingelse for puljen er markeret som brudt.");
        });
    }

    @Test
    void keptConditionsRaiseNoWarning() {
        GrantLedger ledger = GrantLedger.of(FinanceFixtures.jobConsultantGrant().withTerms(List.of(
                new GrantCondition("Kun løn", GrantCondition.Kind.SALARY_ONLY, false, null))));

        assertThat(ledger.warnings()).noneMatch(w -> w.kind() == LedgerWarning.Kind.CONDITION_BROKEN);
    }

    @Test
    void paysTheWhole1Point3MillionInTheYearTenWomenAreInOrdinaryJobsAndNothingInTheYearBefore() {
        Initiative women = FinanceFixtures.running("i11", "Kvinder i job", List.of(),
                FinanceFixtures.womenIntoJobsGoal(List.of(FinanceFixtures.result(2020, 9, null),
                        FinanceFixtures.result(2021, 10, null))));
        women = new Initiative(women.id(), women.number(), women.title(), women.status(), women.start(), women.end(),
                false, null, null, null, null, null, FinanceFixtures.womenIntoJobsTerms(), women.budget(), List.of(),
                List.of(), women.goals(), List.of(), List.of(), List.of(), null);
        Plan plan = FinanceFixtures.plan("p", "Handleplan", PlanStatus.ADOPTED, List.of(), List.of(women));

        PaymentsDue due = PaymentsDue.of(plan).get(0);

        assertThat(due.problem()).isNull();
        assertThat(due.dueIn(Period.year(2020))).contains(BigDecimal.ZERO);
        assertThat(due.dueIn(Period.year(2021)).orElseThrow()).isEqualByComparingTo("1300000");
        assertThat(due.total()).isEqualByComparingTo("1300000");
    }

    @Test
    void saysInDanishWhyTermsWithoutAGoalCannotBePaidOn() {
        Initiative loose = FinanceFixtures.running("i9", "Uden mål", List.of());
        loose = new Initiative(loose.id(), null, loose.title(), null, null, null, false, null, null, null, null, null,
                new PayForResults(null, null, PayRule.PER_OUTCOME, null, null, kr(130_000), kr(1_300_000)), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        Plan plan = FinanceFixtures.plan("p", "Handleplan", PlanStatus.ADOPTED, List.of(), List.of(loose));

        PaymentsDue due = PaymentsDue.of(plan).get(0);

        assertThat(due.problem()).isEqualTo("Vilkårene følger ikke et mål, så der kan ikke regnes en betaling.");
        assertThat(due.periods()).isEmpty();
    }

    @Test
    void refusesNegativeAmountsYearsOutsideThePlanTwiceTheSameYearAndMoreThanTwoDecimals() {
        List<BudgetChecks.Problem> problems = BudgetChecks.check(STATUS, List.of(
                new BudgetChecks.Line("ramme-2019", "Rammen for 2019", 2019, kr(-1)),
                new BudgetChecks.Line("ramme-2030", "Rammen for 2030", 2030, kr(1)),
                new BudgetChecks.Line("a", "Rammen for 2020", 2020, kr(1)),
                new BudgetChecks.Line("b", "Rammen for 2020", 2020, kr(1)),
                new BudgetChecks.Line("c", "Rammen for 2021", 2021, new BigDecimal("1.005"))));

        assertThat(problems).extracting(BudgetChecks.Problem::field).containsExactly("ramme-2019", "ramme-2030", "b", "c");
        assertThat(problems).extracting(BudgetChecks.Problem::message).containsExactly(
                "Rammen for 2019: beløbet må ikke være negativt.",
                "Rammen for 2030: 2030 ligger uden for planens periode 2019–2022.",
                "Rammen for 2020: 2020 står mere end én gang.",
                "Rammen for 2021: beløbet kan højst have to decimaler (øre).");
    }

    @Test
    void acceptsØreAndZero() {
        assertThat(BudgetChecks.check(STATUS, List.of(
                new BudgetChecks.Line("a", "a", 2019, new BigDecimal("1250.50")),
                new BudgetChecks.Line("b", "b", 2020, BigDecimal.ZERO)))).isEmpty();
    }
}
