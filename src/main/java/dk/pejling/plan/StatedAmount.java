package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A figure as the source states it (`ca. 14 mill. kr.`), kept beside Pejling's own arithmetic. */
public record StatedAmount(int year, @Nullable BigDecimal amount, @Nullable String text) {}
