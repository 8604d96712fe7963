package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The narrative status of an initiative for a period. */
public record Report(Period period, String text, @Nullable LocalDate asOf) {}
