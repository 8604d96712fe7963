package dk.pejling.rounds.web;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.EntryChange;
import dk.pejling.rounds.EntryConflictException;
import dk.pejling.rounds.ReportingService;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundQueries;
import dk.pejling.rounds.RoundRuleException;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.PageFormat;
import dk.pejling.shared.Period;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of status rounds: a plan's rounds and the form to open one, a round's overview, the
 * reporting form of one initiative with its assessment as figures are typed, review, and history;
 * and the reporter's to-do list.
 */
@Controller
class RoundPageController {

    private final RoundService rounds;
    private final ReportingService reporting;
    private final RoundQueries queries;
    private final PlanService plans;
    private final Actors actors;
    private final MessageSourceAccessor texts;

    RoundPageController(RoundService rounds, ReportingService reporting, RoundQueries queries, PlanService plans,
            Actors actors, MessageSourceAccessor texts) {
        this.rounds = rounds;
        this.reporting = reporting;
        this.queries = queries;
        this.plans = plans;
        this.actors = actors;
        this.texts = texts;
    }

    @GetMapping("/rapportering")
    String todo(Model model, Authentication auth) {
        Actor actor = actors.of(auth);
        model.addAttribute("items", queries.todo(actor));
        model.addAttribute("actor", actor);
        return "rounds/todo";
    }

    @GetMapping("/plans/{planId}/runder")
    String list(@PathVariable String planId, Model model) {
        Plan plan = plans.find(planId).orElseThrow(() -> new dk.pejling.rounds.NotFoundException("Planen findes ikke."));
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", queries.rounds(planId));
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
        return "rounds/list";
    }

    @PostMapping("/plans/{planId}/runder")
    String open(@PathVariable String planId, @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String deadline,
            @RequestParam(name = "initiatives", required = false) @Nullable List<String> initiatives, Model model,
            Authentication auth, RedirectAttributes redirect) {
        LocalDate due = null;
        try {
            due = deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("problem", texts.getMessage("rounds.error.deadline", new Object[] {deadline}));
        }
        Period p = Period.tryParse(period).orElse(null);
        if (!model.containsAttribute("problem")) {
            try {
                Round round = rounds.open(actors.of(auth), planId, p, due,
                        initiatives == null ? List.of() : initiatives, List.of());
                redirect.addFlashAttribute("message", texts.getMessage("rounds.opened",
                        new Object[] {PageFormat.period(round.period(), LocaleContextHolder.getLocale())}));
                return "redirect:/plans/" + planId + "/runder/" + round.id();
            } catch (RoundRuleException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        model.addAttribute("period", period);
        model.addAttribute("deadline", deadline);
        model.addAttribute("chosen", initiatives == null ? List.of() : initiatives);
        return list(planId, model);
    }

    @GetMapping("/plans/{planId}/runder/{roundId}")
    String overview(@PathVariable String planId, @PathVariable long roundId, Model model, Authentication auth) {
        model.addAttribute("overview", queries.overview(actors.of(auth), planId, roundId));
        return "rounds/overview";
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/luk")
    String close(@PathVariable String planId, @PathVariable long roundId, Authentication auth,
            RedirectAttributes redirect) {
        queries.round(planId, roundId);
        try {
            rounds.close(actors.of(auth), roundId);
            redirect.addFlashAttribute("message", texts.getMessage("round.closedNow"));
        } catch (RoundRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/plans/" + planId + "/runder/" + roundId;
    }

    @GetMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}")
    String report(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Model model, Authentication auth) {
        Actor actor = actors.of(auth);
        RoundQueries.InitiativeReport report = queries.report(actor, planId, roundId, initiativeId);
        return reportPage(model, actor, report, ReportForm.of(report));
    }

    /** Saves the form (Gem), or only shows the judgement of what is typed (Vis vurdering). */
    @PostMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}")
    String save(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @RequestParam MultiValueMap<String, String> params, Model model, Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = actors.of(auth);
        RoundQueries.InitiativeReport report = queries.report(actor, planId, roundId, initiativeId);
        ReportForm form = ReportForm.posted(report, params);
        List<EntryChange> changes = form.changes(report);
        if (form.hasErrors()) {
            model.addAttribute("problem", texts.getMessage("report.notSaved"));
            return reportPage(model, actor, report, form);
        }
        if ("vis".equals(form.get("action"))) {
            return reportPage(model, actor, report, form);
        }
        try {
            reporting.saveAll(actor, roundId, changes);
        } catch (EntryConflictException e) {
            model.addAttribute("problem", e.getMessage());
            // The form keeps what was typed; the versions move on so that a second Gem applies it on purpose.
            form.fields.put(versionField(e), Long.toString(e.current().version()));
            return reportPage(model, actor, report, form);
        } catch (RoundRuleException e) {
            model.addAttribute("problem", e.getMessage());
            return reportPage(model, actor, report, form);
        }
        redirect.addFlashAttribute("message", texts.getMessage(changes.isEmpty() ? "report.noChanges" : "report.saved"));
        return "redirect:" + reportPath(planId, roundId, initiativeId);
    }

    /** The judgement of one goal from what is typed, for htmx to swap in while the reporter types. */
    @PostMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}/vurdering/{goalId}")
    String assessment(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @PathVariable String goalId, @RequestParam MultiValueMap<String, String> params, Model model,
            Authentication auth) {
        RoundQueries.InitiativeReport report = queries.report(actors.of(auth), planId, roundId, initiativeId);
        ReportForm form = ReportForm.posted(report, params);
        RoundQueries.GoalLine line = report.goals().stream()
                .filter(g -> g.goal().id().equals(goalId))
                .findFirst()
                .orElseThrow(() -> new dk.pejling.rounds.NotFoundException("Runden omfatter ikke målet."));
        model.addAttribute("line", line);
        model.addAttribute("preview", form.previews.get(goalId));
        model.addAttribute("form", form);
        return "rounds/report :: assessment";
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}/indsend")
    String submit(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Authentication auth, RedirectAttributes redirect) {
        queries.round(planId, roundId);
        try {
            reporting.submit(actors.of(auth), roundId, initiativeId);
            redirect.addFlashAttribute("message", texts.getMessage("report.submittedNow"));
        } catch (RoundRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + reportPath(planId, roundId, initiativeId);
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}/godkend")
    String approve(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Authentication auth, RedirectAttributes redirect) {
        queries.round(planId, roundId);
        try {
            rounds.approve(actors.of(auth), roundId, initiativeId);
            redirect.addFlashAttribute("message", texts.getMessage("report.approvedNow"));
        } catch (RoundRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + reportPath(planId, roundId, initiativeId);
    }

    @PostMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}/returner")
    String sendBack(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @RequestParam(defaultValue = "") String comment, Authentication auth, RedirectAttributes redirect) {
        queries.round(planId, roundId);
        try {
            rounds.sendBack(actors.of(auth), roundId, initiativeId, comment);
            redirect.addFlashAttribute("message", texts.getMessage("report.returnedNow"));
        } catch (RoundRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + reportPath(planId, roundId, initiativeId);
    }

    @GetMapping("/plans/{planId}/runder/{roundId}/indsatser/{initiativeId}/historik")
    String history(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Model model, Authentication auth) {
        Actor actor = actors.of(auth);
        RoundQueries.InitiativeReport report = queries.report(actor, planId, roundId, initiativeId);
        model.addAttribute("report", report);
        model.addAttribute("versions", queries.history(actor, planId, roundId, initiativeId));
        return "rounds/history";
    }

    private String reportPage(Model model, Actor actor, RoundQueries.InitiativeReport report, ReportForm form) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("actor", actor);
        model.addAttribute("locked", !report.editable());
        model.addAttribute("mayEdit", report.editable() || actor.isPlanner());
        return "rounds/report";
    }

    private static String versionField(EntryConflictException e) {
        return e.current().kind() == dk.pejling.rounds.EntryKind.NARRATIVE
                ? "narrativeVersion"
                : "version." + e.current().itemId();
    }

    private static String reportPath(String planId, long roundId, String initiativeId) {
        return "/plans/" + planId + "/runder/" + roundId + "/indsatser/" + initiativeId;
    }
}
