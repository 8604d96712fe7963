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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
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
    private final MessageSourceAccessor texts;

    DashboardController(PlanService plans, DashboardCache cache, LateReports lateReports, RenderedDashboards rendered,
            FragmentWriter writer, MessageSourceAccessor texts) {
        this.plans = plans;
        this.cache = cache;
        this.lateReports = lateReports;
        this.rendered = rendered;
        this.writer = writer;
        this.texts = texts;
    }

    /** A section, unit or goal kind to choose in the form. */
    public record Option(String value, String label) {}

    @GetMapping("/plans/{planId}/overblik")
    ResponseEntity<byte[]> dashboard(
            @PathVariable String planId,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestParam(required = false, defaultValue = "1") String side,
            @RequestParam(required = false, defaultValue = "1") String indsatsside,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        StoredPlan stored = plans.findStored(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        Plan plan = stored.plan();
        List<Period> periods = cache.periods(plan);
        List<String> problems = new ArrayList<>();
        Period chosen = cache.usualPeriod(plan);
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
        List<Dashboard.Counts> initiatives = Dashboard.perInitiative(plan, shown);
        Paging goalPage = Paging.of(side, shown.size(), PAGE_SIZE, "Siden", problems);
        Paging initiativePage = Paging.of(indsatsside, initiatives.size(), INITIATIVES_PER_PAGE, "Indsatssiden", problems);
        String fragment = htmx != null ? "results" : "content";
        List<LateReports.LateReport> late = lateReports.lateIn(plan.id(), chosen);
        Results results = new Results(plan, dashboard, filter, problems, periods, late, shown, goalPage, initiatives,
                initiativePage, texts.getMessage("dashboard.wholePlan"), texts.getMessage("dashboard.sectionLevel"));
        Supplier<byte[]> write = () -> withoutIndentation(
                writer.write("plan/dashboard", fragment, results.model(), locale, request, response))
                .getBytes(StandardCharsets.UTF_8);
        // A page with problems tells of the request's own mistakes: written for it alone, never kept.
        byte[] html = problems.isEmpty()
                ? rendered.get(new RenderedDashboards.Key(plan.id(), stored.revision(), chosen, filter, goalPage.page(),
                        initiativePage.page(), locale, fragment, late), write)
                : write.get();
        return ResponseEntity.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(HTML)
                .header(HttpHeaders.VARY, "HX-Request")
                .body(htmx != null ? html : inLayout(plan, html, locale, request, response));
    }

    private static final Pattern INDENTATION = Pattern.compile("\n\\s+");

    /**
     * The results without the template's indentation, a seventh of their bytes. Safe here: the dashboard
     * has no pre, textarea or white-space-preserving text, and a browser shows a run of spaces as one.
     */
    static String withoutIndentation(String html) {
        return INDENTATION.matcher(html).replaceAll("\n");
    }

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    /** Where the kept results go in the page that the layout writes for the one asking. */
    private static final String RESULTS_MARK = "<!--pejling:overblik-->";

    /**
     * The whole page: the layout (name, menu, CSRF token: written for each request) around the kept
     * bytes of the results. The results are copied as bytes, not written again as characters: encoding
     * 100 kB of Danish text was a quarter of a kept dashboard's time.
     */
    private byte[] inLayout(Plan plan, byte[] results, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        String page = writer.write("plan/dashboard-page", null, Map.of("plan", plan, "dashboardHtml", RESULTS_MARK),
                locale, request, response);
        int mark = page.indexOf(RESULTS_MARK);
        byte[] before = page.substring(0, mark).getBytes(StandardCharsets.UTF_8);
        byte[] after = page.substring(mark + RESULTS_MARK.length()).getBytes(StandardCharsets.UTF_8);
        byte[] whole = Arrays.copyOf(before, before.length + results.length + after.length);
        System.arraycopy(results, 0, whole, before.length, results.length);
        System.arraycopy(after, 0, whole, before.length + results.length, after.length);
        return whole;
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
            List<Period> periods, List<LateReports.LateReport> late, List<DashboardGoal> shown, Paging goalPage,
            List<Dashboard.Counts> initiatives, Paging initiativePage, String wholePlan, String sectionLevel) {

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("plan", plan);
            model.put("dashboard", dashboard);
            model.put("filter", filter);
            model.put("problems", problems);
            model.put("periods", periods);
            model.put("late", late);
            model.put("page", goalPage.page());
            model.put("pages", goalPage.pages());
            model.put("goals", goalPage.of(shown));
            model.put("initiativePage", initiativePage.page());
            model.put("initiativePages", initiativePage.pages());
            model.put("initiativeCount", initiatives.size());
            model.put("initiativesFrom", initiativePage.first());
            model.put("shownCount", shown.size());
            model.put("unmetWithoutRemark", first(dashboard.unmetWithoutRemark()));
            model.put("missingFigures", first(dashboard.missingFigures()));
            model.put("total", Dashboard.count("", "", null, shown));
            model.put("sections", Dashboard.perSection(plan, shown, wholePlan));
            model.put("initiatives", initiativePage.of(initiatives));
            model.put("counted", Dashboard.COUNTED);
            model.put("sectionLevel", plan.levels().isEmpty() ? sectionLevel : plan.levels().get(0));
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

    /** Initiatives per page of the counts: a plan of 100 initiatives gave a table of 40 kB. */
    static final int INITIATIVES_PER_PAGE = 25;

    /** One page of a list, as asked for by a page number in the address, kept within the pages there are. */
    record Paging(int page, int pages, int size) {

        static Paging of(String asked, int count, int size, String what, List<String> problems) {
            int pages = Math.max(1, (count + size - 1) / size);
            try {
                return new Paging(Math.min(Math.max(1, Integer.parseInt(asked.strip())), pages), pages, size);
            } catch (NumberFormatException e) {
                problems.add(what + " »" + asked.strip() + "« er ikke et tal. Overblikket viser side 1.");
                return new Paging(1, pages, size);
            }
        }

        /** The number of the page's first item, counted from 1. */
        int first() {
            return (page - 1) * size + 1;
        }

        <T> List<T> of(List<T> all) {
            return all.subList((page - 1) * size, Math.min(all.size(), page * size));
        }
    }

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
