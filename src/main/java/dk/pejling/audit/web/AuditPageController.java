package dk.pejling.audit.web;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditLog;
import dk.pejling.audit.AuditQuery;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.PageFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The trail as pages: "Revisionsspor" with a GET filter form (works without JavaScript), and one goal's changes. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 100;

    private final AuditLog audit;
    private final PlanService plans;
    private final MessageSourceAccessor texts;

    AuditPageController(AuditLog audit, PlanService plans, MessageSourceAccessor texts) {
        this.audit = audit;
        this.plans = plans;
        this.texts = texts;
    }

    @GetMapping("/audit")
    String trail(
            @RequestParam(required = false) @Nullable String plan,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        AuditFilter filter = new AuditFilter(plan, actor, from, to, kind);
        model.addAttribute("filter", filter);
        model.addAttribute("plans", plans.list());
        model.addAttribute("kinds", List.of(AuditLog.PLAN_CREATED, AuditLog.PLAN_REPLACED, AuditLog.PLAN_DELETED,
                AuditLog.RESULT_CHANGED, AuditLog.ACCOUNT_CHANGED));
        AuditQuery query;
        try {
            query = filter.query();
        } catch (AuditFilter.InvalidFilterException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", texts.getMessage("audit.error." + e.name, new Object[] {e.value}));
            model.addAttribute("rows", List.of());
            return "audit/trail";
        }
        int p = Math.max(0, page);
        long total = audit.count(query);
        model.addAttribute("rows", rows(audit.find(query, p * PAGE_SIZE, PAGE_SIZE), locale));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < total);
        return "audit/trail";
    }

    @GetMapping("/plans/{planId}/goals/{goalId}/history")
    String goal(@PathVariable String planId, @PathVariable String goalId, Model model, Locale locale) {
        Plan plan = plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        Goal goal = plan.goal(goalId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no goal " + goalId));
        List<AuditEntry> entries = audit.find(
                new AuditQuery(planId, null, null, null, null, "goals[" + goalId + "]"), 0, 1000);
        model.addAttribute("plan", plan);
        model.addAttribute("goal", goal);
        model.addAttribute("rows", rows(entries, locale));
        return "audit/goal";
    }

    private static List<Row> rows(List<AuditEntry> entries, Locale locale) {
        return entries.stream().map(e -> Row.of(e, locale)).toList();
    }

    /** One line as a page shows it. */
    record Row(String at, String actor, String kind, @Nullable String planId, String path,
            @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {

        static Row of(AuditEntry e, Locale locale) {
            return new Row(PageFormat.moment(e.at(), locale), e.actor(), e.kind(), e.planId(), e.path(), e.oldValue(),
                    e.newValue(), e.reason());
        }
    }
}
