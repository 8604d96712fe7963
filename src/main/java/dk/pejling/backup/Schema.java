package dk.pejling.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the installation's schema as JDBC describes them: columns, primary key, foreign
 * keys; ordered so that every table comes after the tables it refers to. Flyway's own history is
 * left out: the backup records the schema version instead.
 */
record Schema(List<Table> tables) {

    /** A table with its columns in their order, its primary key and the foreign keys that refer to itself. */
    record Table(String name, List<String> columns, List<String> primaryKey, List<SelfReference> selfReferences) {}

    /** A foreign key from a table to itself (a tree): the referring columns and the columns referred to. */
    record SelfReference(List<String> columns, List<String> referenced) {}

    static Schema read(Connection connection, String historyTable) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> refersTo = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(historyTable)) {
                    names.add(name);
                }
            }
        }
        for (String name : names) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, name, "%")) {
                Map<Integer, String> byPosition = new TreeMap<>();
                while (rs.next()) {
                    byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                }
                columns.addAll(byPosition.values());
            }
            Map<Integer, String> keyByPosition = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, name)) {
                while (rs.next()) {
                    keyByPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            Set<String> parents = new TreeSet<>();
            Map<String, List<String[]>> selfKeys = new LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, name)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (parent.equals(name)) {
                        selfKeys.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>())
                                .add(new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                    } else {
                        parents.add(parent);
                    }
                }
            }
            List<SelfReference> selfReferences = selfKeys.values().stream()
                    .map(pairs -> new SelfReference(
                            pairs.stream().map(p -> p[0]).toList(),
                            pairs.stream().map(p -> p[1]).toList()))
                    .toList();
            tables.put(name, new Table(name, List.copyOf(columns), List.copyOf(keyByPosition.values()), selfReferences));
            refersTo.put(name, parents);
        }
        return new Schema(order(tables, refersTo));
    }

    /** Parents before children; among tables free to go, by name, so the order is always the same. */
    private static List<Table> order(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
        List<Table> out = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (out.size() < tables.size()) {
            String next = tables.keySet().stream()
                    .filter(t -> !placed.contains(t))
                    .filter(t -> refersTo.get(t).stream().allMatch(p -> placed.contains(p) || !tables.containsKey(p)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "The tables refer to each other in a circle; they cannot be ordered for a backup."));
            placed.add(next);
            out.add(tables.get(next));
        }
        return List.copyOf(out);
    }

    Table table(String name) {
        return tables.stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    boolean has(String name) {
        return tables.stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
