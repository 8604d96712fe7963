package dk.pejling.backup;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole installation as one ZIP: {@code manifest.json} (format, schema version, tables in the
 * order they are restored, row counts) and one {@code tables/<name>.json} per table with its
 * columns and every row, ordered by primary key. Tables are found in the database's own metadata,
 * so tables added by later migrations are included without code. Restore goes into an installation
 * with no plans, at the same schema version, in one transaction: it is all restored or nothing is.
 */
@Service
public class InstallationBackup {

    static final String FORMAT = "pejling-backup";
    static final int FORMAT_VERSION = 1;
    /** ZIP entry times are fixed, so that the same data gives the same bytes. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(315532800000L);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    // Absent where this instance does not migrate (another instance or the operator does).
    private final ObjectProvider<Flyway> flyway;
    private final Clock clock;
    private final long maxRestoreBytes;

    InstallationBackup(
            DataSource dataSource,
            ObjectProvider<Flyway> flyway,
            Clock clock,
            @Value("${pejling.backup.max-restore-bytes:268435456}") long maxRestoreBytes) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.clock = clock;
        this.maxRestoreBytes = maxRestoreBytes;
    }

    /** The table that every other refers to, whose emptiness makes an installation empty. */
    static final String PLAN_TABLE = "plan";

    /** What a restore did, table by table. */
    public record Restored(String schemaVersion, Map<String, Integer> rows) {}

    /** Writes the whole installation to the stream, as one consistent snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(OutputStream out) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Schema schema = Schema.read(connection, historyTable());
            ZipOutputStream zip = new ZipOutputStream(out);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Schema.Table table : schema.tables()) {
                counts.put(table.name(), 0L);
            }
            for (Schema.Table table : schema.tables()) {
                entry(zip, "tables/" + table.name() + ".json");
                counts.put(table.name(), writeTable(connection, table, zip));
                zip.closeEntry();
            }
            entry(zip, "manifest.json");
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("formatVersion", FORMAT_VERSION);
            manifest.put("schemaVersion", schemaVersion());
            manifest.put("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
            List<Map<String, Object>> tables = new ArrayList<>();
            counts.forEach((name, rows) -> tables.add(Map.of("name", name, "rows", rows)));
            manifest.put("tables", tables);
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long writeTable(Connection connection, Schema.Table table, OutputStream zip) throws SQLException {
        List<String> order = table.primaryKey().isEmpty() ? table.columns() : table.primaryKey();
        String sql = "select " + String.join(", ", table.columns().stream().map(Schema::quote).toList()) + " from "
                + Schema.quote(table.name()) + " order by "
                + String.join(", ", order.stream().map(Schema::quote).toList());
        long rows = 0;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql);
                JsonGenerator json = JSON.createGenerator(new KeepOpen(zip))) {
            ResultSetMetaData meta = rs.getMetaData();
            ColumnValues[] codecs = new ColumnValues[table.columns().size()];
            json.writeStartObject();
            json.writeStringProperty("table", table.name());
            json.writeArrayPropertyStart("columns");
            for (int i = 0; i < codecs.length; i++) {
                codecs[i] = ColumnValues.of(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
                json.writeString(table.columns().get(i));
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("rows");
            while (rs.next()) {
                json.writeRaw("\n");
                json.writeStartArray();
                for (int i = 0; i < codecs.length; i++) {
                    codecs[i].write(rs, i + 1, json);
                }
                json.writeEndArray();
                rows++;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return rows;
    }

    /**
     * Restores a backup into this installation, which must hold no plans: every table is emptied
     * (the first administrator made at start-up goes too) and filled from the backup, in one
     * transaction. Refused, with nothing changed, where the installation is not empty, the schema
     * versions differ, or the backup is not one.
     */
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public Restored restore(InputStream in) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Schema schema = Schema.read(connection, historyTable());
            long plans = count(connection, PLAN_TABLE);
            if (plans > 0) {
                throw new BackupRefusedException("not-empty", "This installation holds " + plans
                        + (plans == 1 ? " plan" : " plans")
                        + "; a backup is restored only into an empty installation (start a new one with"
                        + " PEJLING_DEMO=false and restore into it).");
            }
            ZipInputStream zip = new ZipInputStream(in);
            // what the entries unpack to is counted, so that a small ZIP cannot fill the memory
            InputStream unpacked = new Limited(zip, maxRestoreBytes);
            ZipEntry first = zip.getNextEntry();
            Map<String, JsonNode> entries = new HashMap<>();
            JsonNode manifest = null;
            for (ZipEntry e = first; e != null; e = zip.getNextEntry()) {
                JsonNode node = readJson(unpacked, e.getName());
                if (e.getName().equals("manifest.json")) {
                    manifest = node;
                } else if (e.getName().startsWith("tables/") && e.getName().endsWith(".json")) {
                    entries.put(e.getName().substring("tables/".length(), e.getName().length() - ".json".length()), node);
                } else {
                    throw invalid("it holds " + e.getName() + ", which a Pejling backup does not");
                }
            }
            if (manifest == null) {
                throw invalid("it has no manifest.json");
            }
            if (!FORMAT.equals(manifest.path("format").asString(""))
                    || manifest.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
                throw invalid("manifest.json does not name the format " + FORMAT + " " + FORMAT_VERSION);
            }
            String version = manifest.path("schemaVersion").asString("");
            if (!version.equals(schemaVersion())) {
                throw new BackupRefusedException("wrong-version", "The backup is of schema version " + version
                        + ", this installation is at " + schemaVersion()
                        + "; restore it into an installation of the same Pejling version.");
            }
            List<String> order = new ArrayList<>();
            for (JsonNode t : manifest.path("tables")) {
                String name = t.path("name").asString("");
                if (!schema.has(name)) {
                    throw invalid("it has a table " + name + " that this installation has not");
                }
                if (!entries.containsKey(name)) {
                    throw invalid("the manifest names the table " + name + " but there is no tables/" + name + ".json");
                }
                order.add(name);
            }
            for (String name : entries.keySet()) {
                if (!order.contains(name)) {
                    throw invalid("tables/" + name + ".json is not in the manifest");
                }
            }
            List<Schema.Table> tables = schema.tables();
            for (int i = tables.size() - 1; i >= 0; i--) {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("delete from " + Schema.quote(tables.get(i).name()));
                }
            }
            Map<String, Integer> restored = new LinkedHashMap<>();
            for (Schema.Table table : tables) {
                JsonNode entry = entries.get(table.name());
                restored.put(table.name(), entry == null ? 0 : insert(connection, table, entry));
            }
            resetIdentities(connection, tables);
            return new Restored(version, restored);
        } catch (SQLException e) {
            throw invalid("the database refused its rows: " + e.getMessage());
        } catch (IOException e) {
            throw invalid("it cannot be read as a ZIP file: " + e.getMessage());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static JsonNode readJson(InputStream zip, String name) {
        try {
            return JSON.readTree(new KeepOpenInput(zip));
        } catch (JacksonException e) {
            throw invalid(name + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private int insert(Connection connection, Schema.Table table, JsonNode entry) throws SQLException {
        List<String> columns = new ArrayList<>();
        entry.path("columns").forEach(c -> columns.add(c.asString("")));
        if (!table.columns().containsAll(columns) || columns.isEmpty()) {
            throw invalid("tables/" + table.name() + ".json has columns " + columns + ", the table has " + table.columns());
        }
        List<JsonNode> rows = new ArrayList<>();
        entry.path("rows").forEach(rows::add);
        rows = parentsFirst(table, columns, rows);
        String sql = "insert into " + Schema.quote(table.name()) + " ("
                + String.join(", ", columns.stream().map(Schema::quote).toList()) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        int[] types = new int[columns.size()];
        ColumnValues[] codecs = new ColumnValues[columns.size()];
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select "
                        + String.join(", ", columns.stream().map(Schema::quote).toList()) + " from "
                        + Schema.quote(table.name()) + " where 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 0; i < columns.size(); i++) {
                types[i] = meta.getColumnType(i + 1);
                codecs[i] = ColumnValues.of(types[i], meta.getColumnTypeName(i + 1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batched = 0;
            int rowNo = 0;
            for (JsonNode row : rows) {
                rowNo++;
                if (!row.isArray() || row.size() != columns.size()) {
                    throw invalid("row " + rowNo + " of tables/" + table.name() + ".json does not have "
                            + columns.size() + " values");
                }
                for (int i = 0; i < columns.size(); i++) {
                    try {
                        codecs[i].bind(insert, i + 1, types[i], row.get(i));
                    } catch (RuntimeException e) {
                        throw invalid("row " + rowNo + " of tables/" + table.name() + ".json has a value for "
                                + columns.get(i) + " that cannot be read: " + e.getMessage());
                    }
                }
                insert.addBatch();
                if (++batched == 500) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        return rows.size();
    }

    /** Rows of a tree table ordered so that a row comes after the row it refers to. */
    private static List<JsonNode> parentsFirst(Schema.Table table, List<String> columns, List<JsonNode> rows) {
        if (table.selfReferences().isEmpty()) {
            return rows;
        }
        List<JsonNode> pending = new ArrayList<>(rows);
        List<JsonNode> out = new ArrayList<>();
        Set<String> placedKeys = new HashSet<>();
        Set<String> allKeys = new HashSet<>();
        for (JsonNode row : rows) {
            for (Schema.SelfReference ref : table.selfReferences()) {
                allKeys.add(key(row, columns, ref.referenced()));
            }
        }
        while (!pending.isEmpty()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode row : pending) {
                boolean ready = table.selfReferences().stream().allMatch(ref -> {
                    String key = key(row, columns, ref.columns());
                    return key == null || placedKeys.contains(key) || !allKeys.contains(key);
                });
                if (ready) {
                    out.add(row);
                    for (Schema.SelfReference ref : table.selfReferences()) {
                        placedKeys.add(key(row, columns, ref.referenced()));
                    }
                } else {
                    next.add(row);
                }
            }
            if (next.size() == pending.size()) {
                throw invalid("the rows of tables/" + table.name() + ".json refer to each other in a circle");
            }
            pending = next;
        }
        return out;
    }

    private static @org.jspecify.annotations.Nullable String key(JsonNode row, List<String> columns, List<String> keyColumns) {
        StringBuilder key = new StringBuilder();
        for (String c : keyColumns) {
            int i = columns.indexOf(c);
            JsonNode v = i < 0 ? null : row.get(i);
            if (v == null || v.isNull()) {
                return null;
            }
            key.append(v).append('\u0000');
        }
        return key.toString();
    }

    /** Identity columns continue after the restored rows, so that the next account or entry gets a new number. */
    private static void resetIdentities(Connection connection, List<Schema.Table> tables) throws SQLException {
        boolean postgres = Schema.isPostgres(connection);
        for (Schema.Table table : tables) {
            List<String> generated = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData()
                    .getColumns(connection.getCatalog(), connection.getSchema(), table.name(), "%")) {
                while (rs.next()) {
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                        generated.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            for (String column : generated) {
                long next;
                try (Statement st = connection.createStatement();
                        ResultSet rs = st.executeQuery("select coalesce(max(" + Schema.quote(column) + "), 0) + 1 from "
                                + Schema.quote(table.name()))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement st = connection.createStatement()) {
                    if (postgres) {
                        st.execute("select setval(pg_get_serial_sequence('" + Schema.quote(table.name()).replace("'", "''")
                                + "', '" + column.replace("'", "''") + "'), " + next + ", false)");
                    } else {
                        st.execute("alter table " + Schema.quote(table.name()) + " alter column " + Schema.quote(column)
                                + " restart with " + next);
                    }
                }
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + Schema.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The schema version the migrations have brought this installation to. */
    public String schemaVersion() {
        Flyway migrations = flyway.getIfAvailable();
        if (migrations != null) {
            MigrationInfo current = migrations.info().current();
            return current == null || current.getVersion() == null ? "" : current.getVersion().getVersion();
        }
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select version from " + historyTable()
                        + " where success and version is not null order by installed_rank desc")
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElse("");
    }

    private String historyTable() {
        Flyway migrations = flyway.getIfAvailable();
        return migrations == null ? "flyway_schema_history" : migrations.getConfiguration().getTable();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    private static BackupRefusedException invalid(String why) {
        return new BackupRefusedException("invalid-backup", "This is not a Pejling backup that can be restored: " + why
                + ". Nothing was changed.");
    }

    /** The JSON writer closes what it writes to; the ZIP entry must stay open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class KeepOpenInput extends FilterInputStream {
        KeepOpenInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }

    /** Stops reading a restore that unpacks to more than the limit (a ZIP bomb). */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("the backup is larger than " + limit + " bytes");
            }
        }
    }
}
