package dk.pejling.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads whole plans. Every write is one transaction: a plan is stored whole or not at all.
 * Plans read are kept in memory by their revision (the plan row's update time and version), so a
 * page or API call on an unchanged plan costs one small query instead of one per table; a write by
 * any instance changes the revision, so nothing stale is ever served.
 */
@Service
public class PlanService {

    private final PlanRepository repository;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String revision, Plan plan) {}

    PlanService(PlanRepository repository) {
        this.repository = repository;
    }

    /** Stores a new plan; a plan with the same id must be replaced explicitly. */
    @Transactional
    public void create(Plan plan) {
        if (repository.exists(plan.id())) {
            throw new PlanAlreadyExistsException(plan.id());
        }
        repository.insert(plan);
    }

    /** Replaces the plan with the same id, or stores it where there is none. */
    @Transactional
    public void replace(Plan plan) {
        repository.delete(plan.id());
        repository.insert(plan);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId) {
        Optional<String> revision = repository.revision(planId);
        if (revision.isEmpty()) {
            cache.remove(planId);
            return Optional.empty();
        }
        Cached cached = cache.get(planId);
        if (cached != null && cached.revision().equals(revision.get())) {
            return Optional.of(cached.plan());
        }
        Optional<Plan> plan = repository.find(planId);
        plan.ifPresent(p -> cache.put(planId, new Cached(revision.get(), p)));
        return plan;
    }

    /** The plan's life-cycle status, without reading the plan; empty where there is no plan. */
    @Transactional(readOnly = true)
    public Optional<PlanStatus> status(String planId) {
        return repository.status(planId);
    }

    @Transactional(readOnly = true)
    public boolean exists(String planId) {
        return repository.exists(planId);
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> list() {
        return repository.list();
    }

    /** Deletes the plan and everything in it; false where there was none. */
    @Transactional
    public boolean delete(String planId) {
        return repository.delete(planId);
    }
}
