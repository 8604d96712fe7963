package dk.pejling.audit.web;

import dk.pejling.audit.AuditEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The trail as CSV (RFC 4180), with a byte order mark and semicolons so that a Danish Excel opens
 * it in columns; a value that starts like a formula is prefixed with an apostrophe.
 */
final class AuditCsv {

    private AuditCsv() {}

    static String write(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, "id", "tidspunkt", "bruger", "art", "plan", "sti", "felt", "før", "efter", "begrundelse");
        for (AuditEntry e : entries) {
            line(out, String.valueOf(e.id()), e.at().toString(), e.actor(), e.kind(), e.planId(), e.subject(), e.field(),
                    e.oldValue(), e.newValue(), e.reason());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, @Nullable String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(values[i]));
        }
        out.append("\r\n");
    }

    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.,]+")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
