package dk.pejling.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan to the public and withdrawing it, and the public's view of a published plan:
 * the plan passed through every {@link PublicPlanFilter}. A draft cannot be published, and a
 * published plan that becomes a draft again is not shown.
 */
@Service
public class PublicationService {

    private final PlanService plans;
    private final PublicationRepository publications;
    private final PlanVisibility visibility;
    private final List<PublicPlanFilter> filters;
    private final Clock clock;

    PublicationService(
            PlanService plans,
            PublicationRepository publications,
            PlanVisibility visibility,
            List<PublicPlanFilter> filters,
            Clock clock) {
        this.plans = plans;
        this.publications = publications;
        this.visibility = visibility;
        List<PublicPlanFilter> sorted = new java.util.ArrayList<>(filters);
        sorted.sort(AnnotationAwareOrderComparator.INSTANCE);
        this.filters = List.copyOf(sorted);
        this.clock = clock;
    }

    /** Publishes the plan; false where there is no plan. A draft is refused. */
    @Transactional
    public boolean publish(String planId, String by) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return false;
        }
        if (plan.get().status() == PlanStatus.DRAFT) {
            throw new DraftNotPublishableException(planId);
        }
        publications.publish(planId, OffsetDateTime.now(clock), by);
        return true;
    }

    /** Withdraws the plan from the public; false where there is no plan. Withdrawing an unpublished plan changes nothing. */
    @Transactional
    public boolean withdraw(String planId, String by) {
        if (!plans.exists(planId)) {
            return false;
        }
        publications.withdraw(planId, OffsetDateTime.now(clock), by);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<Publication> publication(String planId) {
        return publications.find(planId);
    }

    /** The published plans, as the public sees the list. */
    @Transactional(readOnly = true)
    public List<PlanSummary> publicList() {
        return visibility.list(Viewer.PUBLIC);
    }

    /** The published plan without what is not yet public; empty where it is not published or is a draft. */
    @Transactional(readOnly = true)
    public Optional<Plan> publicPlan(String planId) {
        return visibility.find(planId, Viewer.PUBLIC).map(this::filtered);
    }

    private Plan filtered(Plan plan) {
        Plan out = plan;
        for (PublicPlanFilter f : filters) {
            out = f.forPublic(out);
        }
        return out;
    }

}
