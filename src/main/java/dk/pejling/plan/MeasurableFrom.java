package dk.pejling.plan;

import dk.pejling.shared.Period;
import org.jspecify.annotations.Nullable;

/** A goal whose data arrive late: the first period it can be measured (seed 004). */
public record MeasurableFrom(Period period, @Nullable String text) {}
