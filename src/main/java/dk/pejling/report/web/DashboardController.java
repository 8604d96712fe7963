package dk.pejling.report.web;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.LateReports;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Section;
import dk.pejling.plan.Unit;
import dk.pejling.shared.Period;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    DashboardController(PlanService plans, DashboardCache cache, LateReports lateReports) {
        this.plans = plans;
        this.cache = cache;
        this.lateReports = lateReports;
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
            Model model,
            HttpServletResponse response) {
        Plan plan = plans.find(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
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
        DashboardFilter filter;
        try {
            filter = DashboardFilter.of(section, unit, kind, assessment);
        } catch (DashboardFilter.BadFilterException e) {
            problems.add(e.getMessage() + " Filtrene er ikke brugt.");
            filter = DashboardFilter.NONE;
        }
        String sectionId = filter.section();
        if (sectionId != null && plan.sections().stream().noneMatch(s -> s.id().equals(sectionId))) {
            problems.add("Afsnittet »" + sectionId + "« findes ikke i planen. Filtrene er ikke brugt.");
            filter = DashboardFilter.NONE;
        }
        String unitId = filter.unit();
        if (unitId != null && plan.units().stream().noneMatch(u -> u.id().equals(unitId))) {
            problems.add("Enheden »" + unitId + "« findes ikke i planen. Filtrene er ikke brugt.");
            filter = DashboardFilter.NONE;
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        response.setHeader("Vary", "HX-Request");

        Dashboard dashboard = cache.get(plan, chosen);
        List<DashboardGoal> shown = dashboard.filtered(filter);
        model.addAttribute("plan", plan);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = 1;
        try {
            page = Math.min(Math.max(1, Integer.parseInt(side.strip())), pages);
        } catch (NumberFormatException e) {
            problems.add("Siden »" + side.strip() + "« er ikke et tal. Overblikket viser side 1.");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("goals", shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE)));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("shownCount", shown.size());
        model.addAttribute("unmetWithoutRemark", first(dashboard.unmetWithoutRemark()));
        model.addAttribute("missingFigures", first(dashboard.missingFigures()));
        model.addAttribute("total", Dashboard.count("", "I alt", null, shown));
        model.addAttribute("sections", Dashboard.perSection(plan, shown));
        model.addAttribute("initiatives", Dashboard.perInitiative(plan, shown));
        model.addAttribute("counted", Dashboard.COUNTED);
        model.addAttribute("sectionLevel", plan.levels().isEmpty() ? "Afsnit" : plan.levels().get(0));
        model.addAttribute("periods", periods);
        model.addAttribute("sectionOptions", plan.sections().stream().map(DashboardController::option).toList());
        model.addAttribute("unitOptions", plan.units().stream().map(DashboardController::option).toList());
        model.addAttribute("kindOptions", Arrays.stream(GoalKind.values()).map(GoalKind::code).toList());
        model.addAttribute("assessmentOptions", Dashboard.COUNTED.stream().map(Assessment::code).toList());
        model.addAttribute("late", lateReports.lateIn(plan.id(), chosen));
        return htmx != null ? "plan/dashboard :: results" : "plan/dashboard";
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
