package dk.pejling.rounds.web;

import dk.pejling.plan.Assessment;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.Entry;
import dk.pejling.rounds.EntryChange;
import dk.pejling.rounds.EntryKind;
import dk.pejling.rounds.EntryValues;
import dk.pejling.rounds.EntryVersion;
import dk.pejling.rounds.ReportingService;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundQueries;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Status rounds in the API: open and close rounds, report entries, submit, approve, return, history. */
@RestController
@RequestMapping("/api/v1")
class RoundApiController {

    private final RoundService rounds;
    private final ReportingService reporting;
    private final RoundQueries queries;
    private final Actors actors;

    RoundApiController(RoundService rounds, ReportingService reporting, RoundQueries queries, Actors actors) {
        this.rounds = rounds;
        this.reporting = reporting;
        this.queries = queries;
        this.actors = actors;
    }

    record OpenRequest(@Nullable String period, @Nullable LocalDate deadline, @Nullable List<String> initiatives,
            @Nullable List<String> goals) {}

    record EntryRequest(long version, @Nullable BigDecimal value, @Nullable BigDecimal of, @Nullable String display,
            @Nullable String breakdown, @Nullable LocalDate asOf, @Nullable BigDecimal forecastValue,
            @Nullable String forecastText, @Nullable String assessment, @Nullable String remark,
            @Nullable String reason) {}

    record NarrativeRequest(long version, @Nullable String text, @Nullable LocalDate asOf, @Nullable String reason) {}

    record ReturnRequest(@Nullable String comment) {}

    record EntryJson(String kind, String itemId, String initiativeId, long version, EntryValues values,
            @Nullable String changedBy, java.time.@Nullable OffsetDateTime changedAt) {
        static EntryJson of(Entry e) {
            return new EntryJson(e.kind().name().toLowerCase(Locale.ROOT), e.itemId(), e.initiativeId(), e.version(),
                    e.values(), e.changedBy(), e.changedAt());
        }
    }

    record GoalJson(String goalId, @Nullable String number, String text, @Nullable BigDecimal target, EntryJson entry,
            @Nullable Assessment computed, Assessment effective, String phrase, boolean remarkRequired,
            boolean remarkMissing) {}

    record ReportJson(RoundJson round, String initiativeId, @Nullable String number, String title, List<String> units,
            String state, @Nullable String reviewComment, boolean editable, boolean overdue, List<GoalJson> goals,
            EntryJson narrative) {}

    record RoundJson(long id, String planId, Period period, LocalDate deadline, String state, String openedBy,
            java.time.OffsetDateTime openedAt, @Nullable String closedBy, java.time.@Nullable OffsetDateTime closedAt) {
        static RoundJson of(Round r) {
            return new RoundJson(r.id(), r.planId(), r.period(), r.deadline(), r.state().code(), r.openedBy(),
                    r.openedAt(), r.closedBy(), r.closedAt());
        }
    }

    record OverviewRowJson(String initiativeId, @Nullable String number, String title, List<String> units, String state,
            boolean overdue, int goalsReported, int goals, List<String> unmetWithoutRemark,
            @Nullable String reviewComment) {}

    record OverviewJson(RoundJson round, List<OverviewRowJson> initiatives) {}

    record TodoJson(RoundJson round, String planTitle, String initiativeId, @Nullable String number, String title,
            String state, boolean overdue, @Nullable String reviewComment) {}

    @GetMapping("/plans/{planId}/rounds")
    List<RoundJson> list(@PathVariable String planId) {
        return queries.rounds(planId).stream().map(RoundJson::of).toList();
    }

    @PostMapping("/plans/{planId}/rounds")
    ResponseEntity<RoundJson> open(@PathVariable String planId, @RequestBody OpenRequest body, Authentication auth) {
        Period period = body.period() == null ? null : Period.tryParse(body.period()).orElse(null);
        Round round = rounds.open(actors.of(auth), planId, period, body.deadline(),
                body.initiatives() == null ? List.of() : body.initiatives(),
                body.goals() == null ? List.of() : body.goals());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/rounds/" + round.id()))
                .body(RoundJson.of(round));
    }

    @GetMapping("/plans/{planId}/rounds/{roundId}")
    OverviewJson overview(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        RoundQueries.RoundOverview o = queries.overview(actors.of(auth), planId, roundId);
        return new OverviewJson(RoundJson.of(o.round()), o.rows().stream()
                .map(r -> new OverviewRowJson(r.initiative().id(), r.initiative().number(), r.initiative().title(),
                        r.unitNames(), r.state().code(), r.overdue(), r.goalsReported(), r.goals(),
                        r.unmetWithoutRemark().stream().map(g -> g.id()).toList(), r.reviewComment()))
                .toList());
    }

    @PostMapping("/plans/{planId}/rounds/{roundId}/close")
    RoundJson close(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        queries.round(planId, roundId);
        return RoundJson.of(rounds.close(actors.of(auth), roundId));
    }

    @GetMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}")
    ReportJson report(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Authentication auth) {
        RoundQueries.InitiativeReport r = queries.report(actors.of(auth), planId, roundId, initiativeId);
        return new ReportJson(RoundJson.of(r.round()), r.initiative().id(), r.initiative().number(),
                r.initiative().title(), r.initiative().units(), r.submission().state().code(),
                r.submission().reviewComment(), r.editable(), r.overdue(),
                r.goals().stream()
                        .map(g -> new GoalJson(g.goal().id(), g.goal().number(), g.goal().text(),
                                g.target() == null ? null : g.target().value(), EntryJson.of(g.entry()),
                                g.preview().assessment().computed(), g.preview().assessment().effective(),
                                g.preview().phrase(), g.preview().need() != dk.pejling.rounds.RemarkRule.Need.NONE,
                                g.preview().remarkMissing(g.entry().values())))
                        .toList(),
                EntryJson.of(r.narrative()));
    }

    @PutMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/goals/{goalId}")
    EntryJson saveGoal(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @PathVariable String goalId, @RequestBody EntryRequest body, Authentication auth) {
        Actor actor = actors.of(auth);
        queries.round(planId, roundId);
        EntryValues values = new EntryValues(body.value(), body.of(), body.display(), body.breakdown(), body.asOf(),
                body.forecastValue(), body.forecastText(), assessment(body.assessment()), body.remark(), null);
        return EntryJson.of(reporting.save(actor, roundId,
                EntryChange.goal(initiativeId, goalId, body.version(), values).because(body.reason())));
    }

    @PutMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/narrative")
    EntryJson saveNarrative(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @RequestBody NarrativeRequest body, Authentication auth) {
        Actor actor = actors.of(auth);
        queries.round(planId, roundId);
        return EntryJson.of(reporting.save(actor, roundId, EntryChange.narrative(initiativeId, body.version(),
                        EntryValues.narrative(body.text(), body.asOf()))
                .because(body.reason())));
    }

    @PostMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/submit")
    ReportJson submit(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Authentication auth) {
        queries.round(planId, roundId);
        reporting.submit(actors.of(auth), roundId, initiativeId);
        return report(planId, roundId, initiativeId, auth);
    }

    @PostMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/approve")
    ReportJson approve(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            Authentication auth) {
        queries.round(planId, roundId);
        rounds.approve(actors.of(auth), roundId, initiativeId);
        return report(planId, roundId, initiativeId, auth);
    }

    @PostMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/return")
    ReportJson sendBack(@PathVariable String planId, @PathVariable long roundId, @PathVariable String initiativeId,
            @RequestBody ReturnRequest body, Authentication auth) {
        queries.round(planId, roundId);
        rounds.sendBack(actors.of(auth), roundId, initiativeId, body.comment());
        return report(planId, roundId, initiativeId, auth);
    }

    @GetMapping("/plans/{planId}/rounds/{roundId}/initiatives/{initiativeId}/history")
    List<EntryVersion> history(@PathVariable String planId, @PathVariable long roundId,
            @PathVariable String initiativeId, Authentication auth) {
        return queries.history(actors.of(auth), planId, roundId, initiativeId);
    }

    @GetMapping("/reporting")
    List<TodoJson> todo(Authentication auth) {
        return queries.todo(actors.of(auth)).stream()
                .map(t -> new TodoJson(RoundJson.of(t.round()), t.planTitle(), t.initiative().id(),
                        t.initiative().number(), t.initiative().title(), t.state().code(), t.overdue(),
                        t.reviewComment()))
                .toList();
    }

    private static @Nullable Assessment assessment(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Assessment a : Assessment.values()) {
            if (a.code().equals(code.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("assessment must be one of achieved, not_achieved, not_started,"
                + " not_applicable, pending; not \"" + code + "\"");
    }
}
