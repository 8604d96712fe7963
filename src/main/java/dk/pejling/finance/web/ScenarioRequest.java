package dk.pejling.finance.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scenario over a catalogue as a planner asks for it: the years, the initiatives with how many
 * times their catalogue target group to take, the frame per year, and for adopting the new plan's id
 * and title. Every field may be missing in the JSON; {@link ScenarioBuilder} says which are required.
 */
record ScenarioRequest(
        @Nullable String planId,
        @Nullable String title,
        @Nullable List<Integer> years,
        @Nullable List<Pick> initiatives,
        @Nullable Map<String, BigDecimal> frame) {

    /** One initiative picked; {@code scale} 2 takes twice the catalogue's target group, absent takes it as stated. */
    record Pick(@Nullable String id, @Nullable BigDecimal scale) {}
}
