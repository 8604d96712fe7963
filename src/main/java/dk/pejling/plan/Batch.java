package dk.pejling.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one table, collected while a plan is walked and then written together: up to
 * {@link #ROWS_PER_STATEMENT} rows go in one multi-row {@code insert … values (…), (…)}, and
 * those statements in one JDBC batch. On PostgreSQL that stores the 12,000 targets and results
 * of a large plan in about two thirds of the time a statement per row takes; on H2 it makes no
 * difference. Every column declares its SQL type, so that a null is bound without asking the
 * driver for parameter metadata (a round trip on PostgreSQL).
 */
final class Batch {

    static final int ROWS_PER_STATEMENT = 50;
    /** PostgreSQL's wire protocol allows 65,535 parameters to a statement; stay well below. */
    private static final int MAX_PARAMETERS = 30_000;

    private final String table;
    private final String head;
    private final String rowMarks;
    private final int[] types;
    private final List<@Nullable Object[]> rows = new ArrayList<>();

    private Batch(String table, String head, int[] types) {
        this.table = table;
        this.head = head;
        this.types = types;
        this.rowMarks = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
    }

    /** {@code columns} is the comma-separated column list; one type per column. */
    static Batch insertInto(String table, String columns, int... types) {
        int count = columns.split(",").length;
        if (count != types.length) {
            throw new IllegalArgumentException(table + ": " + count + " columns but " + types.length + " types");
        }
        return new Batch(table, "insert into " + table + " (" + columns + ") values ", types);
    }

    String table() {
        return table;
    }

    void add(@Nullable Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values for " + head);
        }
        rows.add(values);
    }

    void writeTo(JdbcTemplate jdbc) {
        int perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / types.length));
        int full = rows.size() / perStatement;
        if (full > 0) {
            List<Object[]> statements = new ArrayList<>(full);
            for (int s = 0; s < full; s++) {
                statements.add(flatten(s * perStatement, perStatement));
            }
            jdbc.batchUpdate(sql(perStatement), statements, repeatedTypes(perStatement));
        }
        int rest = rows.size() % perStatement;
        if (rest > 0) {
            jdbc.update(sql(rest), flatten(full * perStatement, rest), repeatedTypes(rest));
        }
        rows.clear();
    }

    private String sql(int rowCount) {
        return head + String.join(", ", Collections.nCopies(rowCount, rowMarks));
    }

    private @Nullable Object[] flatten(int from, int count) {
        Object[] values = new Object[count * types.length];
        for (int r = 0; r < count; r++) {
            System.arraycopy(rows.get(from + r), 0, values, r * types.length, types.length);
        }
        return values;
    }

    private int[] repeatedTypes(int rowCount) {
        int[] out = new int[rowCount * types.length];
        for (int r = 0; r < rowCount; r++) {
            System.arraycopy(types, 0, out, r * types.length, types.length);
        }
        return out;
    }
}
