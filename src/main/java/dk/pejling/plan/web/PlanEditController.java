package dk.pejling.plan.web;

import dk.pejling.plan.Decision;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanEditing;
import dk.pejling.plan.PlanEdits;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StoredPlan;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Section;
import dk.pejling.plan.StalePlanException;
import dk.pejling.plan.Target;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit pages. Every form carries the plan's revision; a save reads the plan, changes the one
 * thing the form is about with {@link PlanEdits}, and replaces the plan only where nobody saved in
 * between. A form with errors is shown again with a message per field and changes nothing; with
 * {@code _validate} (htmx, on a field's change) it is only checked, never saved.
 */
@Controller
class PlanEditController {

    private static final String VALIDATE = "_validate";

    private final PlanService plans;
    private final PlanEditing editing;
    private final MessageSource messages;

    PlanEditController(PlanService plans, PlanEditing editing, MessageSource messages) {
        this.plans = plans;
        this.editing = editing;
        this.messages = messages;
    }

    // ---- a new plan

    @GetMapping("/plans/new")
    String newPlan(Model model, Locale locale) {
        List<FormField> fields = planFields(locale);
        return show(model, null, new EditForm(Map.of(), fields, messages, locale), fields, t("edit.plan.new", locale),
                "/plans/new", "/plans");
    }

    @PostMapping("/plans/new")
    String createPlan(@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
        List<FormField> fields = planFields(locale);
        EditForm form = new EditForm(params, fields, messages, locale);
        PlanFacts facts = planFacts(form);
        if (params.containsKey(VALIDATE) || facts == null) {
            return show(model, null, form, fields, t("edit.plan.new", locale), "/plans/new", "/plans");
        }
        String id = freePlanId(facts.title());
        plans.create(PlanEdits.newPlan(id, facts.title(), facts.period(), facts.kind(), facts.owner(), facts.levels()));
        redirect.addFlashAttribute("message", t("edit.saved.plan", locale));
        return "redirect:/plans/" + id + "/edit";
    }

    // ---- the overview of a plan's tree with its edit buttons

    @GetMapping("/plans/{planId}/edit")
    String overview(@PathVariable String planId, Model model) {
        StoredPlan stored = stored(planId);
        model.addAttribute("plan", stored.plan());
        model.addAttribute("revision", stored.revision());
        return "edit/plan";
    }

    @GetMapping("/plans/{planId}/edit/facts")
    String facts(@PathVariable String planId, Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        List<FormField> fields = factsFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", plan.status().name());
        values.put("title", plan.title());
        values.put("start", plan.period().start().toString());
        values.put("end", plan.period().end().toString());
        values.put("kind", plan.kind());
        values.put("owner", plan.owner());
        values.put("levels", String.join(", ", plan.levels()));
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.plan.facts", locale), "/plans/" + planId + "/edit/facts", "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/facts")
    String saveFacts(@PathVariable String planId, @RequestParam Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<FormField> fields = factsFields(locale);
        return submit(planId, params, fields, t("edit.plan.facts", locale), "/plans/" + planId + "/edit/facts", model,
                locale, redirect, response, form -> {
                    PlanStatus status = form.choice("status", PlanStatus.class);
                    PlanFacts f = planFacts(form);
                    return f == null || status == null ? null : p -> PlanEdits.withStatus(
                            PlanEdits.withFacts(p, f.title(), f.period(), f.kind(), f.owner(), f.levels()), status);
                });
    }

    // ---- sections

    @GetMapping("/plans/{planId}/edit/sections/new")
    String newSection(@PathVariable String planId, @RequestParam(required = false) @Nullable String parent, Model model,
            Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        List<FormField> fields = sectionFields(locale);
        return showOpened(model, stored, new EditForm(one("parent", parent), fields, messages, locale), fields,
                t("edit.section.new", locale), "/plans/" + planId + "/edit/sections/new", "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/sections/new")
    String addSection(@PathVariable String planId, @RequestParam Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return submit(planId, params, sectionFields(locale), t("edit.section.new", locale),
                "/plans/" + planId + "/edit/sections/new", model, locale, redirect, response, form -> {
                    String title = form.text("title");
                    String parent = emptyToNull(form.value("parent"));
                    return title == null ? null : p -> PlanEdits.addSection(p, parent, PlanEdits.newSection(
                            PlanEdits.freshId(p, "s"), emptyToNull(form.value("number")), title,
                            emptyToNull(form.value("text"))));
                });
    }

    @GetMapping("/plans/{planId}/edit/sections/{sectionId}")
    String section(@PathVariable String planId, @PathVariable String sectionId, Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        Section s = section(plan, sectionId);
        List<FormField> fields = sectionFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", s.number());
        values.put("title", s.title());
        values.put("text", s.text());
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.section.edit", locale), "/plans/" + planId + "/edit/sections/" + sectionId,
                "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/sections/{sectionId}")
    String saveSection(@PathVariable String planId, @PathVariable String sectionId, @RequestParam Map<String, String> params,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        section(find(planId), sectionId);
        return submit(planId, params, sectionFields(locale), t("edit.section.edit", locale),
                "/plans/" + planId + "/edit/sections/" + sectionId, model, locale, redirect, response, form -> {
                    String title = form.text("title");
                    return title == null ? null : p -> PlanEdits.editSection(p, sectionId,
                            emptyToNull(form.value("number")), title, emptyToNull(form.value("text")));
                });
    }

    @PostMapping("/plans/{planId}/edit/sections/{sectionId}/delete")
    String deleteSection(@PathVariable String planId, @PathVariable String sectionId, @RequestParam Map<String, String> params,
            Locale locale, RedirectAttributes redirect) {
        return delete(planId, params, locale, redirect, p -> PlanEdits.removeSection(p, sectionId));
    }

    // ---- initiatives

    @GetMapping("/plans/{planId}/edit/initiatives/new")
    String newInitiative(@PathVariable String planId, @RequestParam(required = false) @Nullable String section,
            Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        List<FormField> fields = initiativeFields(plan, locale);
        return showOpened(model, stored, new EditForm(one("section", section), fields, messages, locale), fields,
                t("edit.initiative.new", locale), "/plans/" + planId + "/edit/initiatives/new",
                "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/initiatives/new")
    String addInitiative(@PathVariable String planId, @RequestParam Map<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Plan plan = find(planId);
        return submit(planId, params, initiativeFields(plan, locale), t("edit.initiative.new", locale),
                "/plans/" + planId + "/edit/initiatives/new", model, locale, redirect, response, form -> {
                    PlanEdits.InitiativeFacts f = initiativeFacts(form, plan);
                    String section = emptyToNull(form.value("section"));
                    return f == null ? null : p -> PlanEdits.addInitiative(p, section,
                            PlanEdits.newInitiative(PlanEdits.freshId(p, "i"), f));
                });
    }

    @GetMapping("/plans/{planId}/edit/initiatives/{initiativeId}")
    String initiative(@PathVariable String planId, @PathVariable String initiativeId, Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        Initiative i = initiative(plan, initiativeId);
        List<FormField> fields = initiativeFields(plan, locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", i.number());
        values.put("title", i.title());
        values.put("text", i.text());
        values.put("units", String.join(", ", i.units()));
        values.put("start", i.start() == null ? null : i.start().toString());
        values.put("end", i.end() == null ? null : i.end().toString());
        values.put("status", i.status() == null ? null : i.status().name());
        i.budget().forEach(b -> values.put("budget-" + b.year(), b.amount().stripTrailingZeros().toPlainString()));
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.initiative.edit", locale), "/plans/" + planId + "/edit/initiatives/" + initiativeId,
                "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/initiatives/{initiativeId}")
    String saveInitiative(@PathVariable String planId, @PathVariable String initiativeId,
            @RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        Plan plan = find(planId);
        initiative(plan, initiativeId);
        return submit(planId, params, initiativeFields(plan, locale), t("edit.initiative.edit", locale),
                "/plans/" + planId + "/edit/initiatives/" + initiativeId, model, locale, redirect, response, form -> {
                    PlanEdits.InitiativeFacts f = initiativeFacts(form, plan);
                    return f == null ? null : p -> PlanEdits.editInitiative(p, initiativeId, f);
                });
    }

    @PostMapping("/plans/{planId}/edit/initiatives/{initiativeId}/delete")
    String deleteInitiative(@PathVariable String planId, @PathVariable String initiativeId,
            @RequestParam Map<String, String> params, Locale locale, RedirectAttributes redirect) {
        return delete(planId, params, locale, redirect, p -> PlanEdits.removeInitiative(p, initiativeId));
    }

    // ---- goals

    @GetMapping("/plans/{planId}/edit/goals/new")
    String newGoal(@PathVariable String planId, @RequestParam(required = false) @Nullable String initiative, Model model,
            Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        List<FormField> fields = goalFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("initiative", initiative);
        values.put("kind", GoalKind.RESULT.name());
        values.put("unit", MeasureUnit.COUNT.name());
        values.put("direction", Direction.AT_LEAST.name());
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.goal.new", locale), "/plans/" + planId + "/edit/goals/new", "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/goals/new")
    String addGoal(@PathVariable String planId, @RequestParam Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        find(planId);
        return submit(planId, params, goalFields(locale), t("edit.goal.new", locale),
                "/plans/" + planId + "/edit/goals/new", model, locale, redirect, response, form -> {
                    PlanEdits.GoalFacts f = goalFacts(form);
                    String initiative = emptyToNull(form.value("initiative"));
                    return f == null ? null : p -> PlanEdits.addGoal(p, initiative, PlanEdits.newGoal(PlanEdits.freshId(p, "g"), f));
                });
    }

    @GetMapping("/plans/{planId}/edit/goals/{goalId}")
    String goal(@PathVariable String planId, @PathVariable String goalId, Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        Goal g = goal(plan, goalId);
        List<FormField> fields = goalFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", g.number());
        values.put("kind", g.kind().name());
        values.put("text", g.text());
        values.put("unit", g.unit().name());
        values.put("direction", g.direction().name());
        if (g.baseline() != null) {
            values.put("baseline", g.baseline().value() == null ? null : g.baseline().value().stripTrailingZeros().toPlainString());
            values.put("baselineDate", g.baseline().date() == null ? null : g.baseline().date().toString());
        }
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.goal.edit", locale), "/plans/" + planId + "/edit/goals/" + goalId, "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/goals/{goalId}")
    String saveGoal(@PathVariable String planId, @PathVariable String goalId, @RequestParam Map<String, String> params,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        goal(find(planId), goalId);
        return submit(planId, params, goalFields(locale), t("edit.goal.edit", locale),
                "/plans/" + planId + "/edit/goals/" + goalId, model, locale, redirect, response, form -> {
                    PlanEdits.GoalFacts f = goalFacts(form);
                    return f == null ? null : p -> PlanEdits.editGoal(p, goalId, f);
                });
    }

    @PostMapping("/plans/{planId}/edit/goals/{goalId}/delete")
    String deleteGoal(@PathVariable String planId, @PathVariable String goalId, @RequestParam Map<String, String> params,
            Locale locale, RedirectAttributes redirect) {
        return delete(planId, params, locale, redirect, p -> PlanEdits.removeGoal(p, goalId));
    }

    // ---- targets: a changed target needs the decision, and the old one goes to the history

    @GetMapping("/plans/{planId}/edit/goals/{goalId}/target")
    String target(@PathVariable String planId, @PathVariable String goalId, @RequestParam(required = false) @Nullable String period,
            Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        Goal g = goal(plan, goalId);
        List<FormField> fields = targetFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        Period p = period == null ? null : Period.tryParse(period).orElse(null);
        if (p != null) {
            g.target(p).map(Target::value).ifPresent(v -> values.put("value", v.stripTrailingZeros().toPlainString()));
        }
        targetModel(model, planId, g);
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.target.title", locale), "/plans/" + planId + "/edit/goals/" + goalId + "/target",
                "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/goals/{goalId}/target")
    String saveTarget(@PathVariable String planId, @PathVariable String goalId, @RequestParam Map<String, String> params,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response, Principal principal) {
        Plan plan = find(planId);
        Goal goal = goal(plan, goalId);
        List<FormField> fields = targetFields(locale);
        String action = "/plans/" + planId + "/edit/goals/" + goalId + "/target";
        EditForm form = new EditForm(params, fields, messages, locale);
        Period period = withinPlan(form, "period", plan);
        BigDecimal value = form.decimal("value");
        Decision decision = null;
        boolean changes = period != null && value != null && PlanEdits.changesTarget(goal, period, value);
        if (changes || form.filled("decisionBy") || form.filled("decisionDate") || form.filled("decisionText")) {
            String old = period == null ? "" : goal.target(period).map(Target::value)
                    .map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
            for (String name : List.of("decisionBy", "decisionDate", "decisionText")) {
                if (!form.filled(name)) {
                    form.fail(name, changes ? "edit.error.decisionNeeded" : "edit.error.required", period, old);
                }
            }
            String by = form.filled("decisionBy") ? form.text("decisionBy") : null;
            LocalDate date = form.filled("decisionDate") ? form.date("decisionDate") : null;
            String text = form.filled("decisionText") ? form.text("decisionText") : null;
            decision = new Decision(by, date, text);
        }
        targetModel(model, planId, goal);
        if (params.containsKey(VALIDATE) || form.hasErrors() || period == null || value == null) {
            return show(model, plan, form, fields, t("edit.target.title", locale), action, "/plans/" + planId + "/edit");
        }
        Decision decided = decision;
        try {
            editing.setTarget(planId, params.getOrDefault("revision", ""), goalId, period, value, decided, principal.getName());
        } catch (StalePlanException e) {
            return stale(model, plan, form, fields, t("edit.target.title", locale), action, locale, response);
        }
        redirect.addFlashAttribute("message", t("edit.saved", locale));
        return "redirect:/plans/" + planId + "/edit";
    }

    // ---- results

    @GetMapping("/plans/{planId}/edit/goals/{goalId}/result")
    String result(@PathVariable String planId, @PathVariable String goalId, @RequestParam(required = false) @Nullable String period,
            Model model, Locale locale) {
        StoredPlan stored = stored(planId);
        Plan plan = stored.plan();
        Goal g = goal(plan, goalId);
        List<FormField> fields = resultFields(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        Period p = period == null ? null : Period.tryParse(period).orElse(null);
        if (p != null) {
            g.result(p).ifPresent(r -> {
                values.put("value", r.value() == null ? null : r.value().stripTrailingZeros().toPlainString());
                values.put("asOf", r.asOf() == null ? null : r.asOf().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            });
        }
        model.addAttribute("goal", g);
        return showOpened(model, stored, new EditForm(nonNull(values), fields, messages, locale), fields,
                t("edit.result.title", locale), "/plans/" + planId + "/edit/goals/" + goalId + "/result",
                "/plans/" + planId + "/edit");
    }

    @PostMapping("/plans/{planId}/edit/goals/{goalId}/result")
    String saveResult(@PathVariable String planId, @PathVariable String goalId, @RequestParam Map<String, String> params,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Plan plan = find(planId);
        model.addAttribute("goal", goal(plan, goalId));
        return submit(planId, params, resultFields(locale), t("edit.result.title", locale),
                "/plans/" + planId + "/edit/goals/" + goalId + "/result", model, locale, redirect, response, form -> {
                    Period period = withinPlan(form, "period", plan);
                    BigDecimal value = form.decimal("value");
                    LocalDate asOf = form.filled("asOf") ? form.date("asOf") : null;
                    return period == null || value == null || form.hasErrors() ? null
                            : p -> PlanEdits.updateGoal(p, goalId, g -> PlanEdits.recordResult(g, period, value, asOf));
                });
    }

    // ---- the form machinery

    private String submit(String planId, Map<String, String> params, List<FormField> fields, String title, String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response,
            Function<EditForm, @Nullable UnaryOperator<Plan>> read) {
        Plan plan = find(planId);
        EditForm form = new EditForm(params, fields, messages, locale);
        UnaryOperator<Plan> edit = read.apply(form);
        String back = "/plans/" + planId + "/edit";
        if (params.containsKey(VALIDATE) || edit == null || form.hasErrors()) {
            return show(model, plan, form, fields, title, action, back);
        }
        try {
            editing.edit(planId, params.getOrDefault("revision", ""), edit);
        } catch (StalePlanException e) {
            return stale(model, plan, form, fields, title, action, locale, response);
        }
        redirect.addFlashAttribute("message", t("edit.saved", locale));
        return "redirect:" + back;
    }

    private String delete(String planId, Map<String, String> params, Locale locale, RedirectAttributes redirect,
            UnaryOperator<Plan> edit) {
        find(planId);
        try {
            editing.edit(planId, params.getOrDefault("revision", ""), edit);
            redirect.addFlashAttribute("message", t("edit.deleted", locale));
        } catch (StalePlanException e) {
            redirect.addFlashAttribute("problem", t("edit.error.stale", locale));
        }
        return "redirect:/plans/" + planId + "/edit";
    }

    /** The form again, as typed, with the message that the plan changed meanwhile; nothing is saved. */
    private String stale(Model model, Plan plan, EditForm form, List<FormField> fields, String title, String action,
            Locale locale, HttpServletResponse response) {
        form.problem(t("edit.error.stale", locale));
        response.setStatus(HttpStatus.CONFLICT.value());
        return show(model, plan, form, fields, title, action, "/plans/" + plan.id() + "/edit");
    }

    /** A form opened on the plan as read: it carries the revision the plan was read at. */
    private String showOpened(Model model, StoredPlan opened, EditForm form, List<FormField> fields, String title, String action,
            String back) {
        form.set("revision", opened.revision());
        return show(model, opened.plan(), form, fields, title, action, back);
    }

    private String show(Model model, @Nullable Plan plan, EditForm form, List<FormField> fields, String title, String action,
            String back) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("fields", fields);
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        // The revision the form was opened on travels with it, also when it comes back with errors.
        String revision = form.value("revision");
        model.addAttribute("revision", !revision.isEmpty() || plan == null ? revision : revision(plan.id()));
        return "edit/form";
    }

    private void targetModel(Model model, String planId, Goal goal) {
        model.addAttribute("goal", goal);
        model.addAttribute("history", editing.targetHistory(planId, goal.id()));
    }

    // ---- the fields of each form

    private List<FormField> planFields(Locale locale) {
        return List.of(
                FormField.text("title", t("edit.field.title", locale), true),
                FormField.text("start", t("edit.field.periodStart", locale), true).hint(t("edit.hint.period", locale)),
                FormField.text("end", t("edit.field.periodEnd", locale), true).hint(t("edit.hint.period", locale)),
                FormField.text("kind", t("edit.field.kind", locale), false),
                FormField.text("owner", t("edit.field.owner", locale), false),
                FormField.text("levels", t("edit.field.levels", locale), false).hint(t("edit.hint.levels", locale)));
    }

    /** An existing plan's facts, with its status: a planner adopts or closes the plan here. */
    private List<FormField> factsFields(Locale locale) {
        List<FormField> fields = new ArrayList<>(planFields(locale));
        fields.add(0, FormField.select("status", t("plan.status", locale), options(PlanStatus.values(), "plan.status.", locale), true));
        return fields;
    }

    private record PlanFacts(String title, PlanPeriod period, @Nullable String kind, @Nullable String owner, List<String> levels) {}

    private @Nullable PlanFacts planFacts(EditForm form) {
        String title = form.text("title");
        Period start = form.period("start");
        Period end = form.period("end");
        if (start != null && end != null && end.start().isBefore(start.start())) {
            form.fail("end", "edit.error.endBeforeStart");
        }
        if (form.hasErrors() || title == null || start == null || end == null) {
            return null;
        }
        return new PlanFacts(title, new PlanPeriod(start, end), emptyToNull(form.value("kind")),
                emptyToNull(form.value("owner")), form.list("levels"));
    }

    private List<FormField> sectionFields(Locale locale) {
        return List.of(
                FormField.text("number", t("edit.field.number", locale), false),
                FormField.text("title", t("edit.field.title", locale), true),
                FormField.textarea("text", t("edit.field.text", locale)));
    }

    private List<FormField> initiativeFields(Plan plan, Locale locale) {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.text("number", t("edit.field.number", locale), false),
                FormField.text("title", t("edit.field.title", locale), true),
                FormField.textarea("text", t("edit.field.description", locale)),
                FormField.text("units", t("edit.field.units", locale), false).hint(t("edit.hint.units", locale)),
                FormField.text("start", t("edit.field.start", locale), false).hint(t("edit.hint.period", locale)),
                FormField.text("end", t("edit.field.end", locale), false).hint(t("edit.hint.period", locale)),
                FormField.select("status", t("edit.field.status", locale),
                        options(InitiativeStatus.values(), "initiative.status.", locale), false)));
        for (int year = plan.period().start().year(); year <= plan.period().end().year(); year++) {
            fields.add(FormField.number("budget-" + year, t("edit.field.budget", locale, year), false));
        }
        return fields;
    }

    private PlanEdits.@Nullable InitiativeFacts initiativeFacts(EditForm form, Plan plan) {
        String title = form.text("title");
        Period start = form.filled("start") ? form.period("start") : null;
        Period end = form.filled("end") ? form.period("end") : null;
        if (start != null && end != null && end.start().isBefore(start.start())) {
            form.fail("end", "edit.error.endBeforeStart");
        }
        InitiativeStatus status = form.filled("status") ? form.choice("status", InitiativeStatus.class) : null;
        List<YearAmount> budget = new ArrayList<>();
        for (int year = plan.period().start().year(); year <= plan.period().end().year(); year++) {
            String name = "budget-" + year;
            if (form.filled(name)) {
                BigDecimal amount = form.amount(name);
                if (amount != null && amount.signum() < 0) {
                    form.fail(name, "edit.error.negative");
                } else if (amount != null) {
                    budget.add(new YearAmount(year, amount));
                }
            }
        }
        if (form.hasErrors() || title == null) {
            return null;
        }
        return new PlanEdits.InitiativeFacts(emptyToNull(form.value("number")), title, emptyToNull(form.value("text")),
                form.list("units"), start, end, status, budget);
    }

    private List<FormField> goalFields(Locale locale) {
        return List.of(
                FormField.text("number", t("edit.field.number", locale), false),
                FormField.select("kind", t("edit.field.goalKind", locale), options(GoalKind.values(), "goal.kind.", locale), true),
                FormField.textarea("text", t("edit.field.goalText", locale)),
                FormField.select("unit", t("edit.field.unit", locale), options(MeasureUnit.values(), "goal.unit.", locale), true),
                FormField.select("direction", t("edit.field.direction", locale),
                        options(Direction.values(), "goal.direction.", locale), true),
                FormField.number("baseline", t("edit.field.baseline", locale), false),
                FormField.text("baselineDate", t("edit.field.baselineDate", locale), false).hint(t("edit.hint.period", locale)));
    }

    private PlanEdits.@Nullable GoalFacts goalFacts(EditForm form) {
        GoalKind kind = form.choice("kind", GoalKind.class);
        String text = form.text("text");
        if (form.value("text").isBlank()) {
            form.fail("text", "edit.error.required");
        }
        MeasureUnit unit = form.choice("unit", MeasureUnit.class);
        Direction direction = form.choice("direction", Direction.class);
        BigDecimal baseline = form.filled("baseline") ? form.decimal("baseline") : null;
        Period baselineDate = form.filled("baselineDate") ? form.period("baselineDate") : null;
        if (form.hasErrors() || kind == null || text == null || unit == null || direction == null) {
            return null;
        }
        return new PlanEdits.GoalFacts(emptyToNull(form.value("number")), kind, text, unit, direction, baseline, baselineDate);
    }

    private List<FormField> targetFields(Locale locale) {
        return List.of(
                FormField.text("period", t("edit.field.period", locale), true).hint(t("edit.hint.period", locale)),
                FormField.number("value", t("edit.field.targetValue", locale), true),
                FormField.text("decisionBy", t("edit.field.decisionBy", locale), false).hint(t("edit.hint.decision", locale)),
                FormField.date("decisionDate", t("edit.field.decisionDate", locale), false).hint(t("edit.hint.date", locale)),
                FormField.textarea("decisionText", t("edit.field.decisionText", locale)));
    }

    private List<FormField> resultFields(Locale locale) {
        return List.of(
                FormField.text("period", t("edit.field.period", locale), true).hint(t("edit.hint.period", locale)),
                FormField.number("value", t("edit.field.resultValue", locale), true),
                FormField.date("asOf", t("edit.field.asOf", locale), false).hint(t("edit.hint.date", locale)));
    }

    private @Nullable Period withinPlan(EditForm form, String name, Plan plan) {
        Period p = form.period(name);
        if (p != null && !plan.covers(p)) {
            form.fail(name, "edit.error.outsidePlan", plan.period().toString());
            return null;
        }
        return p;
    }

    private <E extends Enum<E>> List<FormField.Option> options(E[] values, String prefix, Locale locale) {
        return Arrays.stream(values)
                .map(v -> new FormField.Option(v.name(), t(prefix + v.name().toLowerCase(Locale.ROOT), locale)))
                .toList();
    }

    // ---- look-ups

    private Plan find(String planId) {
        return stored(planId).plan();
    }

    /** The plan with the revision it was read at, read together, for a form that must carry both. */
    private StoredPlan stored(String planId) {
        return plans.findStored(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
    }

    private String revision(String planId) {
        return plans.revision(planId).orElse("");
    }

    private static Section section(Plan plan, String sectionId) {
        Section[] found = {null};
        plan.forEachSection(s -> {
            if (s.id().equals(sectionId)) {
                found[0] = s;
            }
        });
        if (found[0] == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no section " + sectionId);
        }
        return found[0];
    }

    private static Initiative initiative(Plan plan, String id) {
        return plan.initiative(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no initiative " + id));
    }

    private static Goal goal(Plan plan, String id) {
        return plan.goal(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no goal " + id));
    }

    /** A thing removed between opening a form and saving it: the page is gone, not an error of the server. */
    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String gone() {
        return "error";
    }

    private String freePlanId(String title) {
        String slug = Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "plan";
        }
        slug = slug.length() > 80 ? slug.substring(0, 80) : slug;
        String id = slug;
        for (int n = 2; plans.exists(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, String> one(String name, @Nullable String value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value != null) {
            out.put(name, value);
        }
        return out;
    }

    private static Map<String, String> nonNull(Map<String, ? extends @Nullable String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
