package dk.pejling.history;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.AsOf;
import dk.pejling.plan.PastPlans;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanDeleted;
import dk.pejling.plan.PlanStored;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a version of a plan for every write, in the write's own transaction (the listeners are
 * plain, synchronous {@code @EventListener}s), and gives back a plan as it stood at any moment.
 */
@Service
public class PlanHistory implements PastPlans {

    private static final int PARSED_KEPT = 16;

    private final JdbcClient jdbc;
    private final PlanBundleWriter writer = new PlanBundleWriter();
    private final PlanBundleReader reader = new PlanBundleReader();
    /** Past versions never change, so a parsed one can be kept; a few suffice for paging through. */
    private final Map<String, Plan> parsed = new LinkedHashMap<>(PARSED_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
            return size() > PARSED_KEPT;
        }
    };

    PlanHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PlanStored stored) {
        insert(stored.planId(), stored.revision(), stored.at(), stored.actor(), stored.reason(), false,
                writer.write(stored.plan(), BundleFormat.JSON));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PlanDeleted deleted) {
        insert(deleted.planId(), null, deleted.at(), deleted.actor(), deleted.reason(), true, null);
    }

    private void insert(String planId, @Nullable String revision, Instant at, String actor, @Nullable String reason,
            boolean deleted, @Nullable String bundle) {
        int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from plan_version where plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into plan_version (plan_id, version_no, revision, stored_at, stored_by, reason, deleted, bundle)
                        values (:p, :n, :revision, :at, :actor, :reason, :deleted, :bundle)""")
                .param("p", planId)
                .param("n", next)
                .param("revision", revision)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", actor)
                .param("reason", reason)
                .param("deleted", deleted)
                .param("bundle", bundle)
                .update();
    }

    /** The plan exactly as it stood at {@code at}; empty where it did not exist (yet, or any more). */
    @Override
    @Transactional(readOnly = true)
    public Optional<Plan> asOf(String planId, Instant at) {
        record Row(int versionNo, boolean deleted) {}
        Optional<Row> row = jdbc.sql("""
                        select version_no, deleted from plan_version
                        where plan_id = :p and stored_at <= :at order by version_no desc fetch first 1 rows only""")
                .param("p", planId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query((rs, n) -> new Row(rs.getInt(1), rs.getBoolean(2)))
                .optional();
        if (row.isEmpty() || row.get().deleted()) {
            return Optional.empty();
        }
        return version(planId, row.get().versionNo());
    }

    /** The plan as it stood at the end of {@code day} in Copenhagen. */
    @Transactional(readOnly = true)
    public Optional<Plan> asOf(String planId, LocalDate day) {
        return asOf(planId, AsOf.endOfDay(day));
    }

    /** The plan as one version stored it; empty for a deletion or a version that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Plan> version(String planId, int versionNo) {
        String key = planId + "#" + versionNo;
        synchronized (parsed) {
            Plan plan = parsed.get(key);
            if (plan != null) {
                return Optional.of(plan);
            }
        }
        Optional<String> bundle = jdbc.sql("select bundle from plan_version where plan_id = :p and version_no = :n and not deleted")
                .param("p", planId)
                .param("n", versionNo)
                .query(String.class)
                .optional();
        return bundle.map(text -> {
            Plan plan = reader.read(text, BundleFormat.JSON);
            synchronized (parsed) {
                parsed.put(key, plan);
            }
            return plan;
        });
    }

    /** Every version of the plan, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(String planId) {
        return jdbc.sql("""
                        select plan_id, version_no, revision, stored_at, stored_by, reason, deleted
                        from plan_version where plan_id = :p order by version_no""")
                .param("p", planId)
                .query((rs, n) -> new PlanVersion(
                        rs.getString("plan_id"),
                        rs.getInt("version_no"),
                        rs.getString("revision"),
                        rs.getObject("stored_at", OffsetDateTime.class).toInstant(),
                        rs.getString("stored_by"),
                        rs.getString("reason"),
                        rs.getBoolean("deleted")))
                .list();
    }

    /** The version that stored the plan at {@code revision}; empty where none did. */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> versionAt(String planId, String revision) {
        return versions(planId).stream().filter(v -> revision.equals(v.revision())).findFirst();
    }
}
