package dk.pejling.rounds.web;

import dk.pejling.plan.PlanService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.BulkEntryException;
import dk.pejling.rounds.BulkEntryService;
import dk.pejling.rounds.BulkResult;
import dk.pejling.rounds.NotFoundException;
import dk.pejling.rounds.ReminderRule;
import dk.pejling.rounds.ReminderService;
import dk.pejling.rounds.RoundQueries;
import dk.pejling.rounds.RoundRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of bulk entry and reminders: a round's results page (template links and the upload
 * form, with every error of a refused file listed by row and column), the template files, and the
 * planner's forms to add and remove a round's reminders (shown on the round's overview).
 */
@Controller
class BulkPageController {

    private final BulkEntryService bulk;
    private final ReminderService reminders;
    private final RoundQueries queries;
    private final PlanService plans;
    private final Actors actors;
    private final MessageSourceAccessor texts;

    BulkPageController(BulkEntryService bulk, ReminderService reminders, RoundQueries queries, PlanService plans,
            Actors actors, MessageSourceAccessor texts) {
        this.bulk = bulk;
        this.reminders = reminders;
        this.queries = queries;
        this.plans = plans;
        this.actors = actors;
        this.texts = texts;
    }

    @GetMapping("/plans/{planId}/runder/{roundId}/resultater")
    String page(@PathVariable String planId, @PathVariable long roundId, Model model, Authentication auth) {
        model.addAttribute("round", queries.round(planId, roundId));
        model.addAttribute("plan", plans.find(planId).orElseThrow(() -> new NotFoundException("Planen findes ikke.")));
        model.addAttribute("actor", actors.of(auth));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "rounds/bulk";
    }

    @GetMapping("/plans/{planId}/runder/{roundId}/skabelon.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        return file(planId, roundId, auth, BulkEntryService.Format.XLSX);
    }

    @GetMapping("/plans/{planId}/runder/{roundId}/skabelon.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        return file(planId, roundId, auth, BulkEntryService.Format.CSV);
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/resultater")
    String upload(@PathVariable String planId, @PathVariable long roundId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model, Authentication auth,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Actor actor = actors.of(auth);
        queries.round(planId, roundId);
        // The page shows the upload's result, whose summary takes the keyboard focus (rounds/alerts).
        model.addAttribute("uploadResult", true);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", texts.getMessage("bulk.noFile"));
            return page(planId, roundId, model, auth);
        }
        try {
            BulkResult result = bulk.upload(actor, planId, roundId, file.getBytes(),
                    BulkEntryService.Format.of(file.getOriginalFilename(), file.getContentType()));
            if (htmx != null) {
                // progress: sent by htmx, the result is swapped into the page, which stays as it was; a page
                // showing the round's figures (its overview) asks for them again on this event
                response.setHeader("HX-Trigger", "pejling-results-saved");
                model.addAttribute("message", savedText(result));
                return page(planId, roundId, model, auth);
            }
            redirect.addFlashAttribute("message", savedText(result));
            redirect.addFlashAttribute("uploadResult", true);
            return "redirect:/plans/" + planId + "/runder/" + roundId + "/resultater";
        } catch (BulkEntryException e) {
            model.addAttribute("problem", count("bulk.refused", e.errors().size()));
            model.addAttribute("errors", e.errors());
            model.addAttribute("filename", file.getOriginalFilename());
            return page(planId, roundId, model, auth);
        } catch (RoundRuleException e) {
            model.addAttribute("problem", e.getMessage());
            return page(planId, roundId, model, auth);
        }
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/paamindelser")
    String addReminder(@PathVariable String planId, @PathVariable long roundId,
            @RequestParam(defaultValue = "") String timing, @RequestParam(defaultValue = "") String days,
            Authentication auth, RedirectAttributes redirect) {
        try {
            Integer n = days.strip().matches("\\d{1,4}") ? Integer.valueOf(days.strip()) : null;
            var rule = reminders.addRule(actors.of(auth), planId, roundId, ReminderApiController.timing(timing), n);
            redirect.addFlashAttribute("message", texts.getMessage("reminders.added", new Object[] {ruleText(rule)}));
        } catch (RoundRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/plans/" + planId + "/runder/" + roundId + "#paamindelser";
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/paamindelser/{ruleId}/slet")
    String removeReminder(@PathVariable String planId, @PathVariable long roundId, @PathVariable long ruleId,
            Authentication auth, RedirectAttributes redirect) {
        reminders.removeRule(actors.of(auth), planId, roundId, ruleId);
        redirect.addFlashAttribute("message", texts.getMessage("reminders.removed"));
        return "redirect:/plans/" + planId + "/runder/" + roundId + "#paamindelser";
    }

    private ResponseEntity<byte[]> file(String planId, long roundId, Authentication auth, BulkEntryService.Format format) {
        byte[] body = bulk.templateFile(actors.of(auth), planId, roundId, format);
        String name = "resultater-" + planId + "-runde-" + roundId + (format == BulkEntryService.Format.XLSX ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(format == BulkEntryService.Format.XLSX
                        ? MediaType.parseMediaType(BulkApiController.XLSX)
                        : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    private String savedText(BulkResult result) {
        String saved = result.saved() == 0 ? texts.getMessage("bulk.saved.none") : count("bulk.saved", result.saved());
        return result.unchanged() == 0 ? saved : saved + " " + count("bulk.unchanged", result.unchanged());
    }

    /** The text of key.one for one, of key.many for any other count, with the count as {0}. */
    private String count(String key, int n) {
        return texts.getMessage(key + (n == 1 ? ".one" : ".many"), new Object[] {n});
    }

    /** "7 dage før fristen", "1 day after the deadline": as rounds/reminders.html names a rule. */
    private String ruleText(ReminderRule rule) {
        return count("reminders.rule." + rule.timing().code(), rule.days());
    }
}
