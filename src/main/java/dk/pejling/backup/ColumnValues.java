package dk.pejling.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's value is written to the backup and read back, by its SQL type: exact decimals as
 * text, instants in UTC, bytes in Base64, so that a value comes back the same on H2 and PostgreSQL.
 */
enum ColumnValues {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    FLOATING,
    DATE,
    TIME,
    TIMESTAMP,
    INSTANT,
    BYTES,
    UUIDS,
    OTHER,
    TEXT;

    static ColumnValues of(int sqlType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUIDS;
        }
        if (name.contains("timestamptz") || name.contains("with time zone") || sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return INSTANT;
        }
        return switch (sqlType) {
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            case Types.OTHER -> OTHER;
            default -> TEXT;
        };
    }

    void write(ResultSet rs, int column, JsonGenerator out) throws SQLException {
        Object value =
                switch (this) {
                    case BOOLEAN -> rs.getBoolean(column);
                    case INTEGER -> rs.getLong(column);
                    case DECIMAL -> {
                        BigDecimal d = rs.getBigDecimal(column);
                        yield d == null ? null : d.toPlainString();
                    }
                    case FLOATING -> {
                        double d = rs.getDouble(column);
                        yield Double.toString(d);
                    }
                    case DATE -> str(rs.getObject(column, LocalDate.class));
                    case TIME -> str(rs.getObject(column, LocalTime.class));
                    case TIMESTAMP -> str(rs.getObject(column, LocalDateTime.class));
                    case INSTANT -> {
                        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
                        yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
                    }
                    case BYTES -> {
                        byte[] b = rs.getBytes(column);
                        yield b == null ? null : Base64.getEncoder().encodeToString(b);
                    }
                    case UUIDS, OTHER, TEXT -> rs.getString(column);
                };
        if (value == null || rs.wasNull()) {
            out.writeNull();
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Long l) {
            out.writeNumber(l);
        } else {
            out.writeString(value.toString());
        }
    }

    void bind(PreparedStatement statement, int index, int sqlType, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, this == OTHER || this == UUIDS ? Types.OTHER : sqlType);
            return;
        }
        String text = value.isString() ? value.asString() : value.toString();
        switch (this) {
            case BOOLEAN -> statement.setBoolean(index, value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(text));
            case INTEGER -> statement.setLong(index, value.isNumber() ? value.longValue() : Long.parseLong(text));
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case FLOATING -> statement.setDouble(index, Double.parseDouble(text));
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case TIME -> statement.setObject(index, LocalTime.parse(text));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case INSTANT -> statement.setObject(index, OffsetDateTime.parse(text));
            case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
            case UUIDS -> statement.setObject(index, UUID.fromString(text));
            case OTHER -> statement.setObject(index, text, Types.OTHER);
            case TEXT -> statement.setString(index, text);
        }
    }

    private static @org.jspecify.annotations.Nullable String str(@org.jspecify.annotations.Nullable Object o) {
        return o == null ? null : o.toString();
    }
}
