package dk.pejling.audit.web;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditLog;
import dk.pejling.audit.AuditQuery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trail over the API, newest first, a page of {@value #PAGE_SIZE} at a time; or all of it as CSV. */
@RestController
class AuditApiController {

    static final int PAGE_SIZE = 100;
    /** A CSV export holds at most this many lines; narrow the filter for more. */
    static final int CSV_LIMIT = 100_000;

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> entries(
            @RequestParam(required = false) @Nullable String plan,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "0") int page) {
        AuditQuery query = new AuditFilter(plan, actor, from, to, kind).query();
        int p = Math.max(0, page);
        List<AuditEntry> entries = audit.find(query, p * PAGE_SIZE, PAGE_SIZE);
        return Map.of("page", p, "pageSize", PAGE_SIZE, "total", audit.count(query), "entries", entries);
    }

    @GetMapping(path = {"/api/v1/audit.csv", "/api/v1/audit"}, produces = "text/csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable String plan,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String kind) {
        AuditQuery query = new AuditFilter(plan, actor, from, to, kind).query();
        byte[] body = AuditCsv.write(audit.find(query, 0, CSV_LIMIT)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("revisionsspor.csv").build().toString())
                .body(body);
    }
}
