package dk.pejling.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one table, collected while a plan is walked and then written with one JDBC batch.
 * Every column declares its SQL type, so that a null is bound without asking the driver for
 * parameter metadata (a round trip per null on PostgreSQL).
 */
final class Batch {

    private final String sql;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>();

    private Batch(String sql, int[] types) {
        this.sql = sql;
        this.types = types;
    }

    /** {@code columns} is the comma-separated column list; one type per column. */
    static Batch insertInto(String table, String columns, int... types) {
        int count = columns.split(",").length;
        if (count != types.length) {
            throw new IllegalArgumentException(table + ": " + count + " columns but " + types.length + " types");
        }
        String marks = String.join(", ", Collections.nCopies(count, "?"));
        return new Batch("insert into " + table + " (" + columns + ") values (" + marks + ")", types);
    }

    void add(@Nullable Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + sql);
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    void writeTo(JdbcTemplate jdbc) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rows, types);
        rows.clear();
    }
}
