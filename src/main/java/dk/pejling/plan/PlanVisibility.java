package dk.pejling.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which plans the one asking may see ({@link Viewer}): every page and API call that answers plan
 * data reads plans through here, or is guarded by the check on the {@code planId} in its address.
 * A plan the viewer may not see is answered as absent (404), never as forbidden, so that a
 * draft's existence is not revealed.
 */
@Service
public class PlanVisibility {

    private final PlanService plans;
    private final PublicationRepository publications;

    PlanVisibility(PlanService plans, PublicationRepository publications) {
        this.plans = plans;
        this.publications = publications;
    }

    /** The plans the current viewer may see, in the list's order. */
    @Transactional(readOnly = true)
    public List<PlanSummary> list() {
        return list(Viewer.current());
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> list(Viewer viewer) {
        Set<String> published = viewer == Viewer.EDITOR ? Set.of() : publications.publishedIds();
        return plans.list().stream()
                .filter(p -> viewer.sees(p.status(), published.contains(p.id())))
                .toList();
    }

    /** The plan, where it exists and the current viewer may see it. */
    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId) {
        return find(planId, Viewer.current());
    }

    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId, Viewer viewer) {
        return plans.find(planId).filter(p -> viewer.sees(p.status(), viewer != Viewer.EDITOR && isPublished(planId)));
    }

    /**
     * The plan now, or as it stood at {@code at}: only where the viewer may see it now, and may
     * see the version asked for (a reader never sees a draft that has since been adopted).
     */
    @Transactional(readOnly = true)
    public Optional<Plan> find(String planId, @Nullable Instant at) {
        Viewer viewer = Viewer.current();
        Optional<Plan> now = find(planId, viewer);
        if (at == null) {
            return now;
        }
        if (viewer == Viewer.EDITOR) {
            return plans.find(planId, at);
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        return plans.find(planId, at).filter(p -> viewer.sees(p.status(), isPublished(planId)));
    }

    /** False where the plan exists and the viewer may not see it; true where it is visible or does not exist. */
    @Transactional(readOnly = true)
    public boolean mayAsk(String planId, Viewer viewer) {
        if (viewer == Viewer.EDITOR) {
            return true;
        }
        Optional<PlanStatus> status = plans.status(planId);
        return status.isEmpty() || viewer.sees(status.get(), isPublished(planId));
    }

    @Transactional(readOnly = true)
    public boolean isPublished(String planId) {
        return publications.find(planId).map(Publication::published).orElse(false);
    }
}
