package dk.pejling.history.web;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The field changes of a plan after a moment, from the audit trail, as a conflict answer lists them. */
@Component
class ChangesSince {

    /** Enough to see what happened; the whole trail is at /api/v1/audit. */
    private static final int LIMIT = 500;

    private final AuditLog audit;

    ChangesSince(AuditLog audit) {
        this.audit = audit;
    }

    List<Map<String, Object>> since(String planId, @Nullable Instant after) {
        return audit.since(planId, after, LIMIT).stream().map(ChangesSince::row).toList();
    }

    private static Map<String, Object> row(AuditEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", e.at().toString());
        row.put("actor", e.actor());
        row.put("kind", e.kind());
        row.put("path", e.path());
        row.put("oldValue", e.oldValue());
        row.put("newValue", e.newValue());
        row.put("reason", e.reason());
        return row;
    }
}
