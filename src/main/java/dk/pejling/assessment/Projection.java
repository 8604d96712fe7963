package dk.pejling.assessment;

import dk.pejling.shared.Period;
import java.math.BigDecimal;

/**
 * Where a goal is heading: the straight line through its baseline and latest measurement,
 * followed to the end of its deadline. {@code projected} is rounded half-up to two decimals for
 * showing; {@code expectedMet} is decided on the exact line.
 */
public record Projection(
        BigDecimal baseline,
        Period baselinePeriod,
        BigDecimal latest,
        Period latestPeriod,
        Period deadline,
        BigDecimal target,
        BigDecimal projected,
        boolean expectedMet,
        String sentence) {}
