package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

@PejlingTest
class PlanRepositoryTest {

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsBackSyntheticPlanEqualToTheOneStored() {
        Plan plan = SyntheticPlans.generate("synthetic-round-trip", 24, 5, 8, 42);
        plans.create(plan);
        assertRoundTrips(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kk-integrationshandleplan-2019-22",
        "kk-beskaeftigelsesaftale-2009",
        "kk-bruttokatalog-integrationshandleplan-2019-22",
        "kk-biu-handleplan-beskaeftigelse-integration",
        "kk-jobkonsulentpulje-2007"
    })
    void readsBackEachDemoPlanEqualToItsBundle(String planId) throws IOException {
        String yaml = new ClassPathResource("demo/" + planId + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        Plan plan = new PlanBundleReader().read(yaml, BundleFormat.YAML);
        plans.create(plan);
        assertRoundTrips(plan);
    }

    @Test
    void readsBackPlanWithEveryOptionalFieldSet() {
        Plan plan = PlanExamples.everyOptionalFieldSet("every-field-set");
        plans.create(plan);
        assertRoundTrips(plan);
    }

    @Test
    void readsBackPlanWithEveryOptionalFieldEmpty() {
        Plan plan = PlanExamples.everyOptionalFieldEmpty("every-field-empty");
        plans.create(plan);
        assertRoundTrips(plan);
    }

    @Test
    void keepsPartsThatArePresentButEmptyApartFromAbsentOnes() {
        Plan plan = PlanExamples.partsPresentButEmpty("empty-parts");
        plans.create(plan);
        assertRoundTrips(plan);
    }

    @Test
    void findsNoPlanForUnknownId() {
        assertThat(plans.find("no-such-plan")).isEmpty();
        assertThat(plans.exists("no-such-plan")).isFalse();
    }

    @Test
    void replaceSwapsThePlanWhole() {
        Plan before = SyntheticPlans.generate("replaced", 12, 4, 3, 1);
        Plan after = SyntheticPlans.generate("replaced", 5, 2, 9, 2);
        plans.create(before);
        plans.replace(after);
        assertRoundTrips(after);
        plans.create(SyntheticPlans.generate("same-shape", 5, 2, 9, 2));
        assertThat(rowCounts("replaced")).isEqualTo(rowCounts("same-shape"));
    }

    @Test
    void replaceStoresPlanThatWasNotThere() {
        Plan plan = PlanExamples.everyOptionalFieldSet("new-by-replace");
        plans.replace(plan);
        assertRoundTrips(plan);
    }

    @Test
    void deleteRemovesEveryRowOfThePlanAndNoOtherPlansRows() {
        Plan kept = SyntheticPlans.generate("kept", 6, 3, 4, 7);
        plans.create(kept);
        plans.create(PlanExamples.everyOptionalFieldSet("deleted"));
        Map<String, Integer> before = rowCounts("deleted");
        assertThat(before.values().stream().filter(n -> n > 0).count())
                .as("tables with rows of the full plan")
                .isEqualTo(before.size());

        assertThat(plans.delete("deleted")).isTrue();

        assertThat(rowCounts("deleted")).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(plans.find("deleted")).isEmpty();
        assertThat(plans.delete("deleted")).isFalse();
        assertRoundTrips(kept);
    }

    @Test
    void createOfExistingIdThrowsAndChangesNothing() {
        Plan first = SyntheticPlans.generate("taken", 4, 2, 2, 3);
        plans.create(first);
        Map<String, Integer> before = rowCounts("taken");

        assertThatThrownBy(() -> plans.create(PlanExamples.everyOptionalFieldSet("taken")))
                .isInstanceOf(PlanAlreadyExistsException.class)
                .hasMessageContaining("taken");

        assertThat(rowCounts("taken")).isEqualTo(before);
        assertRoundTrips(first);
    }

    @Test
    void refusesNumberThatWouldLoseDecimalsAndStoresNothing() {
        Plan plan = SyntheticPlans.generate("too-precise", 2, 1, 1, 5);
        Initiative initiative = plan.allInitiatives().get(0);
        Initiative changed = new Initiative(initiative.id(), initiative.number(), initiative.title(),
                initiative.status(), initiative.start(), initiative.end(), initiative.evidenceBased(),
                initiative.text(), initiative.inspiration(), initiative.effect(), initiative.targetGroup(),
                initiative.financing(), initiative.payForResults(),
                List.of(new YearAmount(2019, new BigDecimal("1000.12345"))), initiative.units(), initiative.funding(),
                initiative.goals(), initiative.reports(), initiative.remarks(), initiative.texts(), null);
        Plan tooPrecise = new Plan(plan.id(), plan.title(), plan.kind(), plan.organisation(), plan.owner(),
                plan.period(), plan.status(), plan.asOf(), plan.text(), plan.document(), plan.texts(),
                plan.significance(), plan.levels(), plan.units(), plan.goals(), List.of(), List.of(changed),
                plan.grants());

        assertThatThrownBy(() -> plans.create(tooPrecise))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000.12345");
        assertThat(plans.exists("too-precise")).isFalse();
    }

    @Test
    void listShowsEachPlanWithItsInitiativeAndGoalCounts() {
        Plan synthetic = SyntheticPlans.generate("listed-synthetic", 10, 3, 2, 11);
        Plan full = PlanExamples.everyOptionalFieldSet("listed-full");
        plans.create(synthetic);
        plans.create(full);

        List<PlanSummary> list = plans.list();

        assertThat(list).contains(
                new PlanSummary("listed-synthetic", synthetic.title(), "Handleplan",
                        "Beskæftigelses- og Integrationsudvalget", synthetic.period(), PlanStatus.ADOPTED, 10, 30),
                new PlanSummary("listed-full", full.title(), full.kind(), full.owner(), full.period(),
                        PlanStatus.CLOSED, full.allInitiatives().size(), full.allGoals().size()));
        assertThat(full.allGoals()).hasSize(5);
    }

    private void assertRoundTrips(Plan expected) {
        Plan actual = plans.find(expected.id()).orElseThrow();
        assertThat(PlanDiff.between(expected, actual)).as("differences read back").isEmpty();
        assertThat(actual.equals(expected)).as("read back equals written").isTrue();
    }

    /** Rows of the plan in every table with a plan_id column, by table. */
    private Map<String, Integer> rowCounts(String planId) {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.columns"
                        + " where lower(column_name) = 'plan_id' and table_schema = current_schema"
                        // the target history is not part of the plan's tree: it outlives a replace
                        + " and lower(table_name) <> 'target_history' order by table_name",
                String.class);
        // the publication is kept beside the plan, not in the plan value
        tables = tables.stream().filter(t -> !t.equalsIgnoreCase("plan_publication")).toList();
        assertThat(tables).as("tables with plan_id").hasSizeGreaterThanOrEqualTo(20);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("plan", jdbc.queryForObject("select count(*) from plan where id = ?", Integer.class, planId));
        for (String table : tables) {
            // The history and the audit trail outlive a plan on purpose: they are not the plan's rows.
            if (List.of("plan_version", "audit_entry").contains(table.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            counts.put(table, jdbc.queryForObject(
                    "select count(*) from " + table + " where plan_id = ?", Integer.class, planId));
        }
        return counts;
    }
}
