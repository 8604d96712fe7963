package dk.pejling.audit;

import dk.pejling.plan.PlanChange;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Rows are only ever inserted, in the transaction of the change they record (a
 * change that rolls back leaves no row); nothing here or elsewhere updates or deletes them.
 */
@Service
public class AuditLog {

    public static final String PLAN_CREATED = "plan.created";
    public static final String PLAN_REPLACED = "plan.replaced";
    public static final String PLAN_DELETED = "plan.deleted";
    public static final String RESULT_CHANGED = "result.changed";
    public static final String ACCOUNT_CHANGED = "account.changed";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change by whoever is signed in (or the system), now. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String kind, @Nullable String planId, @Nullable String subject, @Nullable String field,
            @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {
        record(new AuditEntry(0, clock.instant().truncatedTo(ChronoUnit.MICROS), PlanChange.currentActor(), kind, planId,
                subject, field, oldValue, newValue, reason));
    }

    /** Records an entry as given (its id is ignored). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.sql("""
                            insert into audit_entry (at, actor, kind, plan_id, subject, field, old_value, new_value, reason)
                            values (:at, :actor, :kind, :plan, :subject, :field, :old, :new, :reason)""")
                    .param("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                    .param("actor", e.actor())
                    .param("kind", e.kind())
                    .param("plan", e.planId())
                    .param("subject", e.subject())
                    .param("field", e.field())
                    .param("old", e.oldValue())
                    .param("new", e.newValue())
                    .param("reason", e.reason())
                    .update();
        }
    }

    /** A page of entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        return jdbc.sql("select id, at, actor, kind, plan_id, subject, field, old_value, new_value, reason from audit_entry"
                        + where.sql + " order by at desc, id desc offset " + Math.max(0, offset) + " rows fetch next "
                        + Math.max(1, limit) + " rows only")
                .params(where.params)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("kind"),
                        rs.getString("plan_id"),
                        rs.getString("subject"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason")))
                .list();
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from audit_entry" + where.sql).params(where.params).query(Long.class).single();
    }

    /** The entries of a plan after a moment, oldest first: what others changed since. */
    @Transactional(readOnly = true)
    public List<AuditEntry> since(String planId, @Nullable Instant after, int limit) {
        List<AuditEntry> newestFirst = find(new AuditQuery(planId, null, after == null ? null : after.plusNanos(1000), null, null, null), 0, limit);
        List<AuditEntry> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(AuditQuery q) {
        StringJoiner sql = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        List<Object> params = new ArrayList<>();
        if (q.planId() != null) {
            sql.add("plan_id = ?");
            params.add(q.planId());
        }
        if (q.actor() != null) {
            sql.add("actor = ?");
            params.add(q.actor());
        }
        if (q.kind() != null) {
            sql.add("kind = ?");
            params.add(q.kind());
        }
        if (q.from() != null) {
            sql.add("at >= ?");
            params.add(OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.add("at <= ?");
            params.add(OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        }
        if (q.subjectContains() != null) {
            sql.add("subject like ? escape '!'");
            params.add("%" + q.subjectContains().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return new Where(sql.toString(), params);
    }
}
