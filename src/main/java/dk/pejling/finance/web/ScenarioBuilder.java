package dk.pejling.finance.web;

import dk.pejling.finance.CatalogueScenario;
import dk.pejling.finance.Years;
import dk.pejling.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a planner's request into a scenario over the catalogue, refusing with the reason anything
 * that would make the totals mean something else than asked: an initiative the catalogue lacks,
 * years that are not one unbroken run, a frame year outside them, a scale that is not positive.
 */
final class ScenarioBuilder {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    /** What the request asks for, checked. */
    record Built(CatalogueScenario scenario, Years years, Map<Integer, BigDecimal> frame) {}

    private ScenarioBuilder() {}

    static Built build(Plan catalogue, ScenarioRequest request) {
        Years years = years(request.years());
        List<ScenarioRequest.Pick> picks = request.initiatives() == null ? List.of() : request.initiatives();
        if (picks.isEmpty()) {
            throw new ScenarioException("initiatives: pick at least one initiative of the catalogue.");
        }
        List<String> unknown = new ArrayList<>();
        for (ScenarioRequest.Pick pick : picks) {
            if (pick.id() == null || catalogue.initiative(pick.id()).isEmpty()) {
                unknown.add(String.valueOf(pick.id()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ScenarioException("The catalogue " + catalogue.id() + " has no initiative " + String.join(", ", unknown)
                    + ".", unknown);
        }
        CatalogueScenario scenario = CatalogueScenario.of(catalogue);
        for (ScenarioRequest.Pick pick : picks) {
            scenario = scaled(scenario.pick(pick.id()), pick);
        }
        return new Built(scenario, years, frame(request.frame(), years));
    }

    private static CatalogueScenario scaled(CatalogueScenario scenario, ScenarioRequest.Pick pick) {
        BigDecimal scale = pick.scale();
        if (scale == null || scale.compareTo(BigDecimal.ONE) == 0) {
            return scenario;
        }
        if (scale.signum() <= 0) {
            throw new ScenarioException("initiatives: the scale of " + pick.id() + " must be more than 0.");
        }
        BigDecimal stated = scenario.targetGroupSize(pick.id()).orElseThrow(() -> new ScenarioException(
                "initiatives: " + pick.id() + " states no target group size to scale from."));
        return scenario.scaleTargetGroup(pick.id(), stated.multiply(scale));
    }

    private static Years years(List<Integer> years) {
        if (years == null || years.isEmpty()) {
            throw new ScenarioException("years: give the scenario's years, such as [2019, 2020, 2021, 2022].");
        }
        for (int i = 0; i < years.size(); i++) {
            Integer year = years.get(i);
            if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
                throw new ScenarioException("years: " + year + " is not a year between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
            }
            if (i > 0 && year != years.get(i - 1) + 1) {
                throw new ScenarioException("years: the years must follow one another without gaps, in order; "
                        + year + " follows " + years.get(i - 1) + ".");
            }
        }
        return Years.of(years.get(0), years.get(years.size() - 1));
    }

    private static Map<Integer, BigDecimal> frame(Map<String, BigDecimal> frame, Years years) {
        TreeMap<Integer, BigDecimal> out = new TreeMap<>();
        if (frame == null) {
            return out;
        }
        for (Map.Entry<String, BigDecimal> e : frame.entrySet()) {
            int year;
            try {
                year = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException notAYear) {
                throw new ScenarioException("frame: \"" + e.getKey() + "\" is not a year.");
            }
            if (!years.contains(year)) {
                throw new ScenarioException("frame: " + year + " is not one of the scenario's years.");
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw new ScenarioException("frame: the frame for " + year + " must be an amount of at least 0.");
            }
            out.put(year, e.getValue());
        }
        return out;
    }
}
