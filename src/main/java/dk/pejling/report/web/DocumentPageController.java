package dk.pejling.report.web;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.report.CommitteeDocuments;
import dk.pejling.report.DocumentCheck;
import dk.pejling.report.DocumentFormat;
import dk.pejling.report.DocumentType;
import dk.pejling.report.DocumentTypes;
import dk.pejling.report.InvalidPeriodsException;
import dk.pejling.shared.PageFormat;
import dk.pejling.shared.Period;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page where a planner chooses a committee document (type, periods) and downloads it in each
 * format, seeing first what the committee would notice ({@link DocumentCheck}). Plain links and a
 * GET form: it works without JavaScript.
 */
@Controller
class DocumentPageController {

    private final PlanService plans;
    private final CommitteeDocuments documents;
    private final DocumentDownloads downloads;

    DocumentPageController(PlanService plans, CommitteeDocuments documents, DocumentDownloads downloads) {
        this.plans = plans;
        this.documents = documents;
        this.downloads = downloads;
    }

    @GetMapping("/plans/{planId}/documents")
    String page(
            @PathVariable String planId,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable List<String> periods,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Plan plan = plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        DocumentType chosen = type == null || type.isBlank()
                ? documents.suggestedType(plan)
                : DocumentType.fromCode(type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no type " + type));
        List<Period> covered = List.of();
        String problem = null;
        try {
            covered = documents.periods(plan, chosen, DocumentDownloads.parse(periods));
        } catch (InvalidPeriodsException e) {
            problem = e.getMessage();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("types", List.of(DocumentType.values()));
        model.addAttribute("type", chosen);
        model.addAttribute("problem", problem);
        model.addAttribute("periodOptions", options(plan, chosen, covered, locale));
        model.addAttribute("covered", covered.stream().map(p -> PageFormat.period(p, locale)).collect(Collectors.joining(", ")));
        model.addAttribute("checks", problem == null ? documents.checks(plan, chosen, covered) : List.of());
        model.addAttribute("links", problem == null ? links(plan, chosen, covered) : List.of());
        return "report/documents";
    }

    @GetMapping("/plans/{planId}/documents/{type}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String planId,
            @PathVariable String type,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable List<String> periods,
            @RequestParam(required = false) @Nullable String asOf) {
        return downloads.download(planId, type, format, periods, asOf);
    }

    /** Every period the plan speaks of, with those the document covers ticked. */
    private static List<PeriodOption> options(Plan plan, DocumentType type, List<Period> covered, Locale locale) {
        List<Period> all = new ArrayList<>(DocumentTypes.periodsOf(plan));
        covered.stream().filter(p -> !all.contains(p)).forEach(all::add);
        all.sort(null);
        return all.stream()
                .filter(plan::covers)
                .map(p -> new PeriodOption(p.toString(), label(p, locale), covered.contains(p)))
                .toList();
    }

    private static String label(Period p, Locale locale) {
        String name = PageFormat.period(p, locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private List<DownloadLink> links(Plan plan, DocumentType type, List<Period> covered) {
        String periods = covered.stream().map(Period::toString).collect(Collectors.joining(","));
        List<DownloadLink> out = new ArrayList<>();
        for (DocumentFormat f : downloads.formats()) {
            String href = UriComponentsBuilder.fromPath("/plans/{id}/documents/{type}.{ext}")
                    .queryParam("periods", periods)
                    .buildAndExpand(plan.id(), type.code(), f.extension())
                    .encode()
                    .toUriString();
            out.add(new DownloadLink(f.extension(), href));
        }
        return out;
    }

    /** A period to tick on the form. */
    record PeriodOption(String code, String label, boolean checked) {}

    /** A download of the chosen document in one format; the page names it by the format (documents.format.*). */
    record DownloadLink(String format, String href) {}
}
