package dk.pejling.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The committee decision that set or changed a target. */
public record Decision(@Nullable String by, @Nullable LocalDate date, @Nullable String text) {}
