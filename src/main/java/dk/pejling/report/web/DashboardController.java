package dk.pejling.report.web;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.LateReports;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Section;
import dk.pejling.plan.StoredPlan;
import dk.pejling.plan.Unit;
import dk.pejling.shared.Period;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard of a plan (overblik) for one period: every goal with its judgement, colour and
 * course, counts per section and initiative, and what needs attention. The filters are a GET form, so
 * a filtered view can be bookmarked; with JavaScript, htmx swaps only the results.
 */
@Controller
class DashboardController {

    private final PlanService plans;
    private final DashboardCache cache;
    private final LateReports lateReports;
    private final RenderedDashboards rendered;
    private final FragmentWriter writer;

    DashboardController(PlanService plans, DashboardCache cache, LateReports lateReports, RenderedDashboards rendered,
            FragmentWriter writer) {
        this.plans = plans;
        this.cache = cache;
        this.lateReports = lateReports;
        this.rendered = rendered;
        this.writer = writer;
    }

    /** A section, unit or goal kind to choose in the form. */
    public record Option(String value, String label) {}

    @GetMapping("/plans/{planId}/overblik")
    String dashboard(
            @PathVariable String planId,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestParam(required = false, defaultValue = "1") String side,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        StoredPlan stored = plans.findStored(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        Plan plan = stored.plan();
        List<Period> periods = plan.goalPeriods();
        List<String> problems = new ArrayList<>();
        Period chosen = defaultPeriod(plan, periods);
        if (period != null && !period.isBlank()) {
            Period asked = Period.tryParse(period).orElse(null);
            if (asked == null || !periods.contains(asked)) {
                problems.add("Perioden »" + period.strip() + "« findes ikke i planens mål. Overblikket viser "
                        + chosen + ".");
            } else {
                chosen = asked;
            }
        }
        DashboardFilter filter = filter(plan, section, unit, kind, assessment, problems);
        Dashboard dashboard = cache.get(plan, chosen);
        List<DashboardGoal> shown = dashboard.filtered(filter);
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = 1;
        try {
            page = Math.min(Math.max(1, Integer.parseInt(side.strip())), pages);
        } catch (NumberFormatException e) {
            problems.add("Siden »" + side.strip() + "« er ikke et tal. Overblikket viser side 1.");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        response.setHeader("Vary", "HX-Request");

        String fragment = htmx != null ? "results" : "content";
        List<LateReports.LateReport> late = lateReports.lateIn(plan.id(), chosen);
        Results results = new Results(plan, dashboard, filter, problems, periods, late, shown, page, pages);
        Supplier<String> write = () -> writer.write("plan/dashboard", fragment, results.model(), locale, request, response);
        // A page with problems tells of the request's own mistakes: written for it alone, never kept.
        String html = problems.isEmpty()
                ? rendered.get(new RenderedDashboards.Key(plan.id(), stored.revision(), chosen, filter, page, locale,
                        fragment, late), write)
                : write.get();
        model.addAttribute("plan", plan);
        model.addAttribute("dashboardHtml", html);
        return htmx != null ? "plan/dashboard-page :: results" : "plan/dashboard-page";
    }

    /** The filter the form asks for, or none where it names what the plan does not have (told in problems). */
    private static DashboardFilter filter(Plan plan, @Nullable String section, @Nullable String unit,
            @Nullable String kind, @Nullable String assessment, List<String> problems) {
        DashboardFilter filter;
        try {
            filter = DashboardFilter.of(section, unit, kind, assessment);
        } catch (DashboardFilter.BadFilterException e) {
            problems.add(e.getMessage() + " Filtrene er ikke brugt.");
            return DashboardFilter.NONE;
        }
        String sectionId = filter.section();
        if (sectionId != null && plan.sections().stream().noneMatch(s -> s.id().equals(sectionId))) {
            problems.add("Afsnittet »" + sectionId + "« findes ikke i planen. Filtrene er ikke brugt.");
            return DashboardFilter.NONE;
        }
        String unitId = filter.unit();
        if (unitId != null && plan.units().stream().noneMatch(u -> u.id().equals(unitId))) {
            problems.add("Enheden »" + unitId + "« findes ikke i planen. Filtrene er ikke brugt.");
            return DashboardFilter.NONE;
        }
        return filter;
    }

    /** What plan/dashboard writes the results from: the request's choices and the plan's judged goals. */
    private record Results(Plan plan, Dashboard dashboard, DashboardFilter filter, List<String> problems,
            List<Period> periods, List<LateReports.LateReport> late, List<DashboardGoal> shown, int page, int pages) {

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("plan", plan);
            model.put("dashboard", dashboard);
            model.put("filter", filter);
            model.put("problems", problems);
            model.put("periods", periods);
            model.put("late", late);
            model.put("page", page);
            model.put("pages", pages);
            model.put("goals", shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE)));
            model.put("shownCount", shown.size());
            model.put("unmetWithoutRemark", first(dashboard.unmetWithoutRemark()));
            model.put("missingFigures", first(dashboard.missingFigures()));
            model.put("total", Dashboard.count("", "I alt", null, shown));
            model.put("sections", Dashboard.perSection(plan, shown));
            model.put("initiatives", Dashboard.perInitiative(plan, shown));
            model.put("counted", Dashboard.COUNTED);
            model.put("sectionLevel", plan.levels().isEmpty() ? "Afsnit" : plan.levels().get(0));
            model.put("sectionOptions", plan.sections().stream().map(DashboardController::option).toList());
            model.put("unitOptions", plan.units().stream().map(DashboardController::option).toList());
            model.put("kindOptions", Arrays.stream(GoalKind.values()).map(GoalKind::code).toList());
            model.put("assessmentOptions", Dashboard.COUNTED.stream().map(Assessment::code).toList());
            return model;
        }
    }

    /**
     * Goals per page of the list. A plan of 100 initiatives has 500 goals; listed whole, the page
     * weighs 600 kB and takes ten times as long to write, so the list is paged and the counts cover all.
     */
    static final int PAGE_SIZE = 50;

    /** Attention items listed before "and N more"; the document page lists them all. */
    static final int MOST_ATTENTION_ITEMS = 20;

    private static <T> List<T> first(List<T> items) {
        return items.size() <= MOST_ATTENTION_ITEMS ? items : items.subList(0, MOST_ATTENTION_ITEMS);
    }

    /** The latest period with a figure, as the plan page reads; else the first with a target. */
    static Period defaultPeriod(Plan plan, List<Period> periods) {
        return plan.allGoals().stream()
                .flatMap(g -> g.results().stream())
                .filter(r -> r.value() != null || r.assessment() != null || r.display() != null)
                .map(r -> r.period())
                .filter(periods::contains)
                .max(Period::compareTo)
                .orElse(periods.isEmpty() ? Period.year(plan.period().start().year()) : periods.get(0));
    }

    private static Option option(Section s) {
        return new Option(s.id(), (s.number() == null ? "" : s.number() + ". ") + s.title());
    }

    private static Option option(Unit u) {
        return new Option(u.id(), u.name());
    }
}
