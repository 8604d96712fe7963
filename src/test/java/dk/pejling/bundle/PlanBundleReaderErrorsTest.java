package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a planner reads when a bundle is wrong: one line per error, with the path of the field,
 * and every error at once. Each case changes one line of a valid bundle.
 */
class PlanBundleReaderErrorsTest {

    private final PlanBundleReader reader = new PlanBundleReader();

    static final String VALID = """
            format: pejling-plan/1
            plan:
              id: p
              title: Plan
              period: {start: 2019, end: 2022}
              units:
                - {id: jc, name: JC Musvågevej}
              grants:
                - id: pulje
                  title: Pulje
                  awards: [{year: 2019, amount: 100}]
                  allocations: [{year: 2019, unit: jc, fte: 1}]
              sections:
                - id: pm1
                  title: Pejlemærke
                  initiatives:
                    - id: i1
                      title: Indsats
                      units: [jc]
                      budget: [{year: 2019, amount: 100}]
                      funding: [{grant: pulje, fte: 2}]
                      goals:
                        - id: g1
                          kind: result
                          text: Mål
                          unit: count
                          direction: at_least
                          baseline: {value: 3, date: 2010}
                          targets: [{period: 2019, value: 10}]
                          results: [{period: 2019, value: 12}]
                      reports: [{period: 2019-Q3, text: Godt i gang, asOf: 2019-10-01}]
            """;

    private static final String I1 = "plan.sections[0].initiatives[0]";
    private static final String G1 = I1 + ".goals[0]";

    private List<String> errors(String bundle) {
        return reader.check(bundle, BundleFormat.YAML).stream().map(BundleError::rendered).toList();
    }

    private static String change(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void readsTheValidBundle() {
        assertThat(errors(VALID)).isEmpty();
        assertThat(reader.read(VALID, BundleFormat.YAML).allGoals()).hasSize(1);
    }

    static Stream<Arguments> badBundles() {
        return Stream.of(
                bad("syntax error, with line and column", "title: Plan\n", "title: Plan: 2\n",
                        "line 4, column 14: mapping values are not allowed here"),
                bad("format missing", "format: pejling-plan/1\n", "",
                        "format: required field is missing; a plan bundle starts with format: pejling-plan/1"),
                bad("another format", "format: pejling-plan/1", "format: pejling-plan/2",
                        "format: \"pejling-plan/2\" is not a format this version reads; expected pejling-plan/1"),
                bad("text where an object belongs", "period: {start: 2019, end: 2022}", "period: 2019-22",
                        "plan.period: expected an object, found text \"2019-22\""),
                bad("text where a number belongs", "budget: [{year: 2019, amount: 100}]", "budget: [{year: 2019, amount: mange}]",
                        I1 + ".budget[0].amount: expected a number, found text \"mange\""),
                bad("a list where an object belongs", "targets: [{period: 2019, value: 10}]", "targets: [[2019, 10]]",
                        G1 + ".targets[0]: expected an object, found a list"),
                bad("an object where a list belongs", "units: [jc]", "units: {jc: true}",
                        I1 + ".units: expected a list, found an object"),
                bad("an unknown field", "      title: Indsats", "      titel: Indsats",
                        I1 + ".titel: unknown field", I1 + ".title: required field is missing"),
                bad("a missing required field", "              kind: result\n", "",
                        G1 + ".kind: required field is missing"),
                bad("an empty required text", "text: Mål", "text: ''",
                        G1 + ".text: must not be empty"),
                bad("a bad enum value", "direction: at_least", "direction: more",
                        G1 + ".direction: \"more\" is not one of at_least, at_most, exactly, within, increase, decrease, none"),
                bad("a bad id", "- id: i1", "- id: Indsats 1",
                        I1 + ".id: \"Indsats 1\" is not an id (lower-case letters, digits and hyphens)"),
                bad("a duplicate unit id", "- {id: jc, name: JC Musvågevej}", "- {id: jc, name: JC Musvågevej}\n    - {id: jc, name: JC Nord}",
                        "plan.units[1].id: duplicate unit id \"jc\" (also at plan.units[0].id)"),
                bad("a duplicate goal id", "  sections:\n", "  goals: [{id: g1, kind: result, text: T, unit: count, direction: none}]\n  sections:\n",
                        G1 + ".id: duplicate goal id \"g1\" (also at plan.goals[0].id)"),
                bad("a duplicate section id", "  sections:\n", "  sections:\n    - {id: pm1, title: Først}\n",
                        "plan.sections[1].id: duplicate section id \"pm1\" (also at plan.sections[0].id)"),
                bad("a duplicate initiative id", "  sections:\n", "  initiatives: [{id: i1, title: Først}]\n  sections:\n",
                        "plan.initiatives[0].id: duplicate initiative id \"i1\" (also at " + I1 + ".id)"),
                bad("a duplicate grant id", "  sections:\n", "    - {id: pulje, title: Igen}\n  sections:\n",
                        "plan.grants[1].id: duplicate grant id \"pulje\" (also at plan.grants[0].id)"),
                bad("a duplicate target period", "targets: [{period: 2019, value: 10}]", "targets: [{period: 2019, value: 10}, {period: '2019', value: 11}]",
                        G1 + ".targets[1].period: duplicate target period 2019 (also at " + G1 + ".targets[0].period)"),
                bad("a duplicate result period", "results: [{period: 2019, value: 12}]", "results: [{period: 2019-Q3, value: 12}, {period: 2019-Q3, value: 13}]",
                        G1 + ".results[1].period: duplicate result period 2019-Q3 (also at " + G1 + ".results[0].period)"),
                bad("a unit that does not exist", "units: [jc]", "units: [jc, nord]",
                        I1 + ".units[1]: no unit \"nord\" in the plan"),
                bad("a grant that does not exist", "funding: [{grant: pulje, fte: 2}]", "funding: [{grant: pool, fte: 2}]",
                        I1 + ".funding[0].grant: no grant \"pool\" in the plan"),
                bad("an allocation to a unit that does not exist", "unit: jc, fte: 1", "unit: jc-nord, fte: 1",
                        "plan.grants[0].allocations[0].unit: no unit \"jc-nord\" in the plan"),
                bad("a goal contributing to a goal that does not exist", "direction: at_least", "direction: at_least\n              contributesTo: plan-g1",
                        G1 + ".contributesTo: no goal \"plan-g1\" in the plan"),
                bad("pay for results naming a goal that does not exist", "units: [jc]", "units: [jc]\n          payForResults: {goal: g2, rule: per_outcome}",
                        I1 + ".payForResults.goal: no goal \"g2\" in the plan"),
                bad("a period that is not one", "targets: [{period: 2019, value: 10}]", "targets: [{period: 2019-Q5, value: 10}]",
                        G1 + ".targets[0].period: \"2019-Q5\" is not a period"),
                bad("a result outside the plan period", "results: [{period: 2019, value: 12}]", "results: [{period: 2023, value: 12}]",
                        G1 + ".results[0].period: 2023 is outside the plan period 2019–2022"),
                bad("a report outside the plan period", "period: 2019-Q3, text", "period: 2018-Q4, text",
                        I1 + ".reports[0].period: 2018-Q4 is outside the plan period 2019–2022"),
                bad("a budget year outside the plan period", "budget: [{year: 2019, amount: 100}]", "budget: [{year: 2018, amount: 100}]",
                        I1 + ".budget[0].year: 2018 is outside the plan period 2019–2022"),
                bad("an award outside the plan period", "awards: [{year: 2019, amount: 100}]", "awards: [{year: 2030, amount: 100}]",
                        "plan.grants[0].awards[0].year: 2030 is outside the plan period 2019–2022"),
                bad("a year that is not one", "budget: [{year: 2019, amount: 100}]", "budget: [{year: 20x9, amount: 100}]",
                        I1 + ".budget[0].year: \"20x9\" is not a year"),
                bad("a negative amount", "budget: [{year: 2019, amount: 100}]", "budget: [{year: 2019, amount: -100}]",
                        I1 + ".budget[0].amount: -100 is negative"),
                bad("negative staff", "unit: jc, fte: 1", "unit: jc, fte: -0.5",
                        "plan.grants[0].allocations[0].fte: -0.5 is negative"),
                bad("a date that is not one", "asOf: 2019-10-01", "asOf: 2019-02-30",
                        I1 + ".reports[0].asOf: \"2019-02-30\" is not a date"),
                bad("a plan that ends before it starts", "period: {start: 2019, end: 2022}", "period: {start: 2022, end: 2019}",
                        "plan.period.end: 2019 is before the start 2022"),
                bad("a YAML alias", "title: Plan\n", "title: &t Plan\n  kind: *t\n",
                        "line 5, column 9: YAML aliases (*t) are not allowed in a plan bundle; write the value out"),
                bad("a field written twice", "title: Plan\n", "title: Plan\n  title: Plan 2\n",
                        "line 5, column 8: a field is written twice: \"title\""));
    }

    private static Arguments bad(String what, String from, String to, String... expected) {
        return Arguments.of(what, from, to, expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBundles")
    void rejectsBadBundle(String what, String from, String to, List<String> expected) {
        assertThat(errors(change(from, to))).containsExactlyElementsOf(expected);
    }

    @Test
    void listsEveryErrorOfABundleWithManyNotOnlyTheFirst() {
        String bundle = VALID.replace("format: pejling-plan/1", "format: pejling-plan/9")
                .replace("  title: Plan\n", "")
                .replace("units: [jc]", "units: [jc, nord]")
                .replace("direction: at_least", "direction: more")
                .replace("period: 2019, value: 10", "period: 2019-Q5, value: ti")
                .replace("period: 2019, value: 12", "period: 2025, value: 12")
                .replace("budget: [{year: 2019, amount: 100}]", "budget: [{year: 2019, amount: -100}, {year: 2019, amount: 5}]")
                .replace("name: JC Musvågevej", "navn: JC Musvågevej");

        assertThat(errors(bundle)).containsExactly(
                "format: \"pejling-plan/9\" is not a format this version reads; expected pejling-plan/1",
                "plan.title: required field is missing",
                "plan.units[0].navn: unknown field",
                "plan.units[0].name: required field is missing",
                I1 + ".budget[0].amount: -100 is negative",
                I1 + ".budget[1].year: duplicate budget year 2019 (also at " + I1 + ".budget[0].year)",
                G1 + ".direction: \"more\" is not one of at_least, at_most, exactly, within, increase, decrease, none",
                G1 + ".targets[0].period: \"2019-Q5\" is not a period",
                G1 + ".targets[0].value: expected a number, found text \"ti\"",
                G1 + ".results[0].period: 2025 is outside the plan period 2019–2022",
                I1 + ".units[1]: no unit \"nord\" in the plan");
        assertThatThrownBy(() -> reader.read(bundle, BundleFormat.YAML))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.errors()).hasSize(11))
                .hasMessageStartingWith("The plan bundle has 11 errors:");
    }

    @Test
    void namesEveryUnknownFieldWithItsPath() {
        String bundle = VALID.replace("  title: Plan\n", "  title: Plan\n  owner_name: BIU\n")
                .replace("value: 3, date: 2010", "value: 3, date: 2010, source: Danmarks Statistik")
                .replace("awards: [{year: 2019, amount: 100}]", "awards: [{year: 2019, amount: 100, kr: true}]")
                .replace("format: pejling-plan/1\n", "format: pejling-plan/1\nversion: 2\n");

        assertThat(errors(bundle)).containsExactly(
                "version: unknown field",
                "plan.owner_name: unknown field",
                G1 + ".baseline.source: unknown field",
                "plan.grants[0].awards[0].kr: unknown field");
    }

    @Test
    void acceptsYearsAndPeriodsWrittenAsTextAndNullForAnAbsentField() {
        String bundle = VALID.replace("period: {start: 2019, end: 2022}", "period: {start: '2019', end: \"2022\"}")
                .replace("budget: [{year: 2019, amount: 100}]", "budget: [{year: '2019', amount: 100}]")
                .replace("targets: [{period: 2019, value: 10}]", "targets: [{period: '2019', value: 10, text: null}]")
                .replace("      title: Indsats", "      title: Indsats\n          text:");

        var plan = reader.read(bundle, BundleFormat.YAML);

        assertThat(plan).isEqualTo(reader.read(VALID, BundleFormat.YAML));
    }

    @Test
    void acceptsBaselineAndMeasurableFromBeforeThePlanAndGrantYearsInsideTheGrantsOwnPeriod() {
        String bundle = VALID.replace("baseline: {value: 3, date: 2010}", "baseline: {value: 3, date: 2010}\n              measurableFrom: {period: 2017-Q4}")
                .replace("      title: Pulje\n", "      title: Pulje\n      period: {start: 2017, end: 2024}\n")
                .replace("awards: [{year: 2019, amount: 100}]", "awards: [{year: 2017, amount: 100}, {year: 2024, amount: 5}]");

        assertThat(errors(bundle)).isEmpty();
        assertThat(errors(bundle.replace("{year: 2024, amount: 5}", "{year: 2025, amount: 5}")))
                .containsExactly("plan.grants[0].awards[1].year: 2025 is outside the grant period 2017–2024");
    }
}
