package dk.pejling.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads whole plans. Every write is one transaction: a plan is stored whole or not at all. */
@Service
public class PlanService {

    private final PlanRepository repository;

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
        return repository.find(planId);
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
