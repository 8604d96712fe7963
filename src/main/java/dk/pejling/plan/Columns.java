package dk.pejling.plan;

import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How values of the model become column values and back. Numbers are checked against the
 * columns' scale ({@link StoredNumbers}) before they are written: both databases would round a
 * further decimal away without a word, and the plan read back would no longer equal the one written.
 */
final class Columns {

    private Columns() {}

    static @Nullable BigDecimal amount(@Nullable BigDecimal value) {
        return fitting(value, StoredNumbers.AMOUNT_DECIMALS);
    }

    static @Nullable BigDecimal figure(@Nullable BigDecimal value) {
        return fitting(value, StoredNumbers.FIGURE_DECIMALS);
    }

    private static @Nullable BigDecimal fitting(@Nullable BigDecimal value, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal normal = Decimals.normal(value);
        if (!StoredNumbers.fits(normal, scale)) {
            throw new IllegalArgumentException("The number " + normal.toPlainString() + " cannot be stored exactly: at most "
                    + StoredNumbers.wholeDigits(scale) + " digits before and " + scale + " after the decimal point");
        }
        return normal;
    }

    static @Nullable String text(@Nullable Period period) {
        return period == null ? null : period.toString();
    }

    static @Nullable LocalDate start(@Nullable Period period) {
        return period == null ? null : period.start();
    }

    static @Nullable LocalDate end(@Nullable Period period) {
        return period == null ? null : period.end();
    }

    static @Nullable String code(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return Decimals.normal(rs.getBigDecimal(column));
    }

    static BigDecimal requiredDecimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = decimal(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static @Nullable Period period(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Period.parse(text);
    }

    static Period requiredPeriod(ResultSet rs, String column) throws SQLException {
        return Period.parse(rs.getString(column));
    }
}
