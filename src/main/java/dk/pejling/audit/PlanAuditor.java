package dk.pejling.audit;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanDeleted;
import dk.pejling.plan.PlanStored;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every plan write into the trail, in the write's transaction: a created or deleted plan
 * as one line, a replaced plan as one line per changed field (or one line saying nothing changed).
 */
@Component
class PlanAuditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog log;
    private final PlanBundleWriter writer = new PlanBundleWriter();

    PlanAuditor(AuditLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PlanStored stored) {
        if (stored.old() == null) {
            log.record(entry(stored, AuditLog.PLAN_CREATED, "", null, null, stored.plan().title()));
            return;
        }
        List<BundleDiff.Change> changes = BundleDiff.between(tree(stored.old()), tree(stored.plan()));
        if (changes.isEmpty()) {
            log.record(entry(stored, AuditLog.PLAN_REPLACED, "", null, null, null));
            return;
        }
        log.recordAll(changes.stream()
                .map(c -> entry(stored, AuditLog.PLAN_REPLACED, c.subject(), c.field(), c.oldValue(), c.newValue()))
                .toList());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PlanDeleted deleted) {
        log.record(new AuditEntry(0, deleted.at(), deleted.actor(), AuditLog.PLAN_DELETED, deleted.planId(), "", null,
                deleted.old().title(), null, deleted.reason()));
    }

    private static AuditEntry entry(PlanStored s, String kind, String subject, String field, String oldValue, String newValue) {
        return new AuditEntry(0, s.at(), s.actor(), kind, s.planId(), subject, field, oldValue, newValue, s.reason());
    }

    private JsonNode tree(Plan plan) {
        return JSON.readTree(writer.write(plan, BundleFormat.JSON)).get("plan");
    }
}
