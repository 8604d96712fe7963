package dk.pejling.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Who an initiative is for, and how many (målgruppe): a size or a range, its parts, and further counts. */
public record TargetGroup(
        @Nullable String text,
        @Nullable BigDecimal size,
        @Nullable BigDecimal sizeMax,
        @Nullable String unit,
        Map<String, BigDecimal> breakdown,
        List<Count> also) {

    /** A further count stated with the group: {@code på min. 15 skoler}, {@code ca. 150-200 borgere}. */
    public record Count(@Nullable BigDecimal size, @Nullable BigDecimal sizeMax, @Nullable String unit) {}
}
