package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where an adopted initiative came from: the catalogue plan and its initiative, and how many times
 * the catalogue's target group the plan took ({@code null} where it took it as the catalogue states it).
 */
public record Origin(String plan, String initiative, @Nullable BigDecimal scale) {}
