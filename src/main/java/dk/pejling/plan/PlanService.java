package dk.pejling.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads whole plans. Every write is one transaction: a plan is stored whole or not at all.
 * Every write says who made it and why ({@link PlanChange}) and publishes {@link PlanStored} or
 * {@link PlanDeleted} inside its transaction, so that history and audit are written with the plan
 * or not at all. Plans read are kept in memory by their revision (a new random value on every
 * write), so a page or API call on an unchanged plan costs one small query instead of one per
 * table; a write by any instance changes the revision, so nothing stale is ever served.
 */
@Service
public class PlanService {

    /** A read that saw the plan change under it is tried again at most this often. */
    private static final int READ_ATTEMPTS = 5;

    private final PlanRepository repository;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PastPlans> pastPlans;
    private final Map<String, StoredPlan> cache = new ConcurrentHashMap<>();

    PlanService(PlanRepository repository, ApplicationEventPublisher events, ObjectProvider<PastPlans> pastPlans) {
        this.repository = repository;
        this.events = events;
        this.pastPlans = pastPlans;
    }

    /** Stores a new plan; a plan with the same id must be replaced explicitly. */
    @Transactional
    public void create(Plan plan) {
        create(plan, PlanChange.current());
    }

    @Transactional
    public String create(Plan plan, PlanChange change) {
        if (repository.exists(plan.id())) {
            throw new PlanAlreadyExistsException(plan.id());
        }
        String revision = newRevision();
        repository.insert(plan, revision);
        stored(null, plan, revision, change);
        return revision;
    }

    /** Replaces the plan with the same id, or stores it where there is none. */
    @Transactional
    public void replace(Plan plan) {
        replace(plan, PlanChange.current());
    }

    /** Replaces the plan whatever its revision, or stores it where there is none; the new revision. */
    @Transactional
    public String replace(Plan plan, PlanChange change) {
        Optional<String> current = repository.lockRevision(plan.id());
        if (current.isEmpty()) {
            return create(plan, change);
        }
        return rewrite(plan, current.get(), change);
    }

    /**
     * Replaces the plan only if it is still at {@code expectedRevision}; the check holds the plan
     * row's lock to the commit, so two writers can never both win.
     *
     * @throws PlanChangedConcurrentlyException where the plan is at another revision or gone
     */
    @Transactional
    public String replace(Plan plan, String expectedRevision, PlanChange change) {
        Optional<String> current = repository.lockRevision(plan.id());
        if (current.isEmpty() || !current.get().equals(expectedRevision)) {
            throw new PlanChangedConcurrentlyException(plan.id(), expectedRevision, current.orElse(null));
        }
        return rewrite(plan, expectedRevision, change);
    }

    /**
     * Changes the plan as it is now: its row is locked before it is read, so no write can come
     * between the read and this one, and whatever another person saved before is kept under the
     * change. For changes that are worked out from the plan itself (approved figures, a budget set
     * over the API), where the one asking named no revision to hold it to.
     */
    @Transactional
    public Plan update(String planId, UnaryOperator<Plan> change, PlanChange why) {
        String revision = repository.lockRevision(planId)
                .orElseThrow(() -> new NoSuchElementException("There is no plan " + planId + "."));
        Plan changed = change.apply(readAt(planId, revision));
        rewrite(changed, revision, why);
        return changed;
    }

    private String rewrite(Plan plan, String lockedRevision, PlanChange change) {
        Plan old = readAt(plan.id(), lockedRevision);
        String revision = newRevision();
        if (!repository.replace(plan, revision)) {
            throw new IllegalStateException("Plan " + plan.id() + " vanished while locked.");
        }
        stored(old, plan, revision, change);
        return revision;
    }

    private void stored(@Nullable Plan old, Plan plan, String revision, PlanChange change) {
        events.publishEvent(new PlanStored(old, plan, revision, change.actor(), change.reason(), now()));
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId) {
        return findStored(planId).map(StoredPlan::plan);
    }

    /**
     * The plan with the revision it was read at. The plan is read in many queries; it is taken as
     * read only if its revision is the same after them as before, so a replace committed in
     * between (which always changes the revision) can never give a mixture of two versions.
     */
    @Transactional(readOnly = true)
    public Optional<StoredPlan> findStored(String planId) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Optional<String> revision = repository.revision(planId);
            if (revision.isEmpty()) {
                cache.remove(planId);
                return Optional.empty();
            }
            StoredPlan cached = cache.get(planId);
            if (cached != null && cached.revision().equals(revision.get())) {
                return Optional.of(cached);
            }
            Optional<Plan> plan = repository.find(planId);
            if (plan.isPresent() && revision.equals(repository.revision(planId))) {
                StoredPlan read = new StoredPlan(plan.get(), revision.get());
                cache.put(planId, read);
                return Optional.of(read);
            }
        }
        throw new IllegalStateException("Plan " + planId + " kept changing while it was read.");
    }

    /**
     * The plan now, or as it stood at {@code asOf} where that is given (from the history).
     */
    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId, @Nullable Instant asOf) {
        if (asOf == null) {
            return find(planId);
        }
        PastPlans past = pastPlans.getIfAvailable();
        if (past == null) {
            throw new IllegalStateException("No history of plans is kept.");
        }
        return past.asOf(planId, asOf);
    }

    /** The plan's current revision (its ETag); empty where there is none. */
    @Transactional(readOnly = true)
    public Optional<String> revision(String planId) {
        return repository.revision(planId);
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
        return delete(planId, PlanChange.current());
    }

    @Transactional
    public boolean delete(String planId, PlanChange change) {
        Optional<String> current = repository.lockRevision(planId);
        if (current.isEmpty()) {
            return false;
        }
        Plan old = readAt(planId, current.get());
        repository.deleteWithHistory(planId);
        cache.remove(planId);
        events.publishEvent(new PlanDeleted(old, change.actor(), change.reason(), now()));
        return true;
    }

    /** The plan at a revision held locked by this transaction: from memory where it is there. */
    private Plan readAt(String planId, String revision) {
        StoredPlan cached = cache.get(planId);
        if (cached != null && cached.revision().equals(revision)) {
            return cached.plan();
        }
        Plan plan = repository.find(planId).orElseThrow();
        cache.put(planId, new StoredPlan(plan, revision));
        return plan;
    }

    private Instant now() {
        // Microseconds: what both databases keep of a timestamp, so a moment read back compares equal.
        return repository.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String newRevision() {
        return UUID.randomUUID().toString();
    }
}
