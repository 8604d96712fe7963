package dk.pejling.report;

import dk.pejling.plan.MeasureUnit;
import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.NumberKind;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Figure cells: the printed Danish text and the number behind it, with its kind. */
final class Figures {

    private Figures() {}

    static NumberKind kind(MeasureUnit unit) {
        return switch (unit) {
            case PERCENT -> NumberKind.PERCENT;
            case DKK -> NumberKind.KRONER;
            case PERCENTAGE_POINTS -> NumberKind.DECIMAL;
            default -> NumberKind.COUNT;
        };
    }

    static Cell count(@Nullable BigDecimal value) {
        return value == null ? Cell.text("") : Cell.number(DanishFormat.number(value), value, NumberKind.COUNT);
    }

    static Cell kroner(@Nullable BigDecimal value) {
        return value == null ? Cell.text("") : Cell.number(DanishFormat.kroner(value), value, NumberKind.KRONER);
    }

    static Cell millions(@Nullable BigDecimal value) {
        return value == null ? Cell.text("") : Cell.number(DanishFormat.millions(value), value, NumberKind.KRONER);
    }

    /** Kroner printed in millions with the decimals the source used for the figure. */
    static Cell millions(BigDecimal value, int decimals) {
        return Cell.number(DanishFormat.millions(value, decimals), value, NumberKind.KRONER);
    }
}
