package dk.pejling.plan.web;

import dk.pejling.plan.PlanVisibility;
import dk.pejling.plan.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Guards every address that names a plan ({@code {planId}} or {@code {catalogueId}}), on every
 * page, fragment, download and API call, present and future: where the plan exists and the one
 * asking may not see it (a draft to a reader, an unpublished plan to the public), the answer is
 * 404, as if there were no such plan. Addresses under {@code /offentlig} are always judged as the
 * public sees them, whoever is signed in.
 */
@Component
class PlanVisibilityGuard implements HandlerInterceptor {

    /** The names the application's addresses give a plan's id. */
    static final Set<String> PLAN_VARIABLES = Set.of("planId", "catalogueId");

    private final PlanVisibility visibility;

    PlanVisibilityGuard(PlanVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object attribute = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(attribute instanceof Map<?, ?> variables)) {
            return true;
        }
        Viewer viewer = request.getRequestURI().startsWith(request.getContextPath() + "/offentlig")
                ? Viewer.PUBLIC
                : Viewer.current();
        for (String name : PLAN_VARIABLES) {
            if (variables.get(name) instanceof String planId && !visibility.mayAsk(planId, viewer)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + ".");
            }
        }
        return true;
    }
}
