package dk.pejling.rounds;

import dk.pejling.assessment.GoalAssessor;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Target;
import dk.pejling.plan.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages and the API show of rounds: lists, a round's overview, a reporter's to-do list, one report, history. */
@Service
public class RoundQueries {

    private final RoundRepository repository;
    private final PlanService plans;
    private final Clock clock;

    RoundQueries(RoundRepository repository, PlanService plans, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
    }

    /** One initiative's line in a round's overview. */
    public record OverviewRow(
            Initiative initiative,
            List<String> unitNames,
            SubmissionState state,
            boolean overdue,
            int goalsReported,
            int goals,
            List<Goal> unmetWithoutRemark,
            @Nullable String reviewComment) {}

    public record RoundOverview(Round round, Plan plan, List<OverviewRow> rows) {

        public long count(SubmissionState state) {
            return rows.stream().filter(r -> r.state() == state).count();
        }

        public long overdue() {
            return rows.stream().filter(OverviewRow::overdue).count();
        }

        public long unmetWithoutRemark() {
            return rows.stream().mapToLong(r -> r.unmetWithoutRemark().size()).sum();
        }
    }

    /** One report a person is asked for, or (for a planner) one to review. */
    public record TodoItem(Round round, String planTitle, Initiative initiative, SubmissionState state, boolean overdue,
            @Nullable String reviewComment) {}

    /** A goal in a report: the entry, the target of the period and the judgement of what is typed. */
    public record GoalLine(Goal goal, Entry entry, @Nullable Target target, RemarkRule.Preview preview) {}

    public record InitiativeReport(
            Round round,
            Plan plan,
            Initiative initiative,
            Submission submission,
            List<GoalLine> goals,
            Entry narrative,
            boolean overdue,
            List<ReviewEvent> events) {

        /** True where the reporter may still change the entries. */
        public boolean editable() {
            return round.isOpen() && submission.state().editable();
        }
    }

    @Transactional(readOnly = true)
    public Round round(String planId, long roundId) {
        return repository.round(roundId)
                .filter(r -> r.planId().equals(planId))
                .orElseThrow(() -> RoundService.notFound(roundId));
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(String planId) {
        return repository.rounds(planId);
    }

    /** Every report of the round and where it stands; for planners and readers, not for unit reporters. */
    @Transactional(readOnly = true)
    public RoundOverview overview(Actor actor, String planId, long roundId) {
        if (!actor.isPlanner() && actor.role() != dk.pejling.access.Role.READER) {
            throw new OutOfScopeException("Oversigten over runden er for planlæggere.");
        }
        Round round = round(planId, roundId);
        Plan plan = plan(round);
        Map<String, List<Entry>> entries = repository.entries(roundId).stream()
                .collect(Collectors.groupingBy(Entry::initiativeId));
        Map<String, String> unitNames = plan.units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        List<OverviewRow> rows = new ArrayList<>();
        for (Submission s : repository.submissions(roundId)) {
            Optional<Initiative> initiative = plan.initiative(s.initiativeId());
            if (initiative.isEmpty()) {
                continue; // removed from the plan since the round opened; its entries stay in the round
            }
            Initiative i = initiative.get();
            List<Entry> goalEntries = entries.getOrDefault(i.id(), List.of()).stream()
                    .filter(e -> e.kind() == EntryKind.GOAL)
                    .toList();
            List<Goal> unmet = new ArrayList<>();
            int reported = 0;
            for (Entry e : goalEntries) {
                Goal goal = plan.goal(e.itemId()).orElse(null);
                if (goal == null) {
                    continue;
                }
                if (e.values().hasFigure()) {
                    reported++;
                }
                if (RemarkRule.preview(goal, i, round.period(), e.values()).remarkMissing(e.values())) {
                    unmet.add(goal);
                }
            }
            rows.add(new OverviewRow(i, i.units().stream().map(u -> unitNames.getOrDefault(u, u)).toList(), s.state(),
                    overdue(round, s), reported, goalEntries.size(), unmet, s.reviewComment()));
        }
        return new RoundOverview(round, plan, rows);
    }

    /** The reports of open rounds that the person reaches: a unit reporter's are its units' initiatives. */
    @Transactional(readOnly = true)
    public List<TodoItem> todo(Actor actor) {
        List<TodoItem> out = new ArrayList<>();
        Map<String, Optional<Plan>> plansById = new HashMap<>();
        for (Round round : repository.openRounds()) {
            Optional<Plan> plan = plansById.computeIfAbsent(round.planId(), plans::find);
            if (plan.isEmpty()) {
                continue;
            }
            for (Submission s : repository.submissions(round.id())) {
                plan.get().initiative(s.initiativeId())
                        .filter(actor::reaches)
                        .ifPresent(i -> out.add(new TodoItem(round, plan.get().title(), i, s.state(), overdue(round, s),
                                s.reviewComment())));
            }
        }
        return out;
    }

    /** One initiative's report in a round, for those who reach the initiative. */
    @Transactional(readOnly = true)
    public InitiativeReport report(Actor actor, String planId, long roundId, String initiativeId) {
        Round round = round(planId, roundId);
        Plan plan = plan(round);
        Initiative initiative = ReportingService.reachable(actor, plan, initiativeId);
        Submission submission = repository.submission(roundId, initiativeId)
                .orElseThrow(() -> ReportingService.notInRound(initiativeId));
        List<GoalLine> goals = new ArrayList<>();
        Entry narrative = null;
        for (Entry e : repository.entries(roundId, initiativeId)) {
            if (e.kind() == EntryKind.NARRATIVE) {
                narrative = e;
                continue;
            }
            plan.goal(e.itemId()).ifPresent(g -> goals.add(new GoalLine(g, e,
                    GoalAssessor.targetFor(g, round.period()).orElse(null),
                    RemarkRule.preview(g, initiative, round.period(), e.values()))));
        }
        if (narrative == null) {
            throw ReportingService.notInRound(initiativeId);
        }
        return new InitiativeReport(round, plan, initiative, submission, goals, narrative, overdue(round, submission),
                repository.reviewEvents(roundId, initiativeId));
    }

    /** Every saved version of the report's entries, oldest first per entry, with what each changed. */
    @Transactional(readOnly = true)
    public List<EntryVersion> history(Actor actor, String planId, long roundId, String initiativeId) {
        Round round = round(planId, roundId);
        ReportingService.reachable(actor, plan(round), initiativeId);
        List<EntryVersion> out = new ArrayList<>();
        Map<String, EntryValues> previous = new HashMap<>();
        for (RoundRepository.StoredVersion v : repository.versions(roundId, initiativeId)) {
            String key = v.kind() + "/" + v.itemId();
            EntryValues before = previous.getOrDefault(key, EntryValues.EMPTY);
            out.add(new EntryVersion(v.kind(), v.itemId(), v.version(), v.values(), v.changedBy(), v.changedAt(),
                    v.reason(), v.values().changesFrom(before)));
            previous.put(key, v.values());
        }
        return out;
    }

    /** The entry as it stands, for those who reach its initiative. */
    @Transactional(readOnly = true)
    public Entry entry(Actor actor, String planId, long roundId, EntryKind kind, String itemId) {
        Round round = round(planId, roundId);
        Entry entry = repository.entry(roundId, kind, itemId)
                .orElseThrow(() -> new NotFoundException("Runden omfatter ikke " + itemId + "."));
        ReportingService.reachable(actor, plan(round), entry.initiativeId());
        return entry;
    }

    private boolean overdue(Round round, Submission s) {
        return pastDeadline(round) && s.state().awaitsUnit();
    }

    /** Whether any report of the round can be overdue: the round is open and its deadline has passed. */
    boolean pastDeadline(Round round) {
        return round.isOpen() && LocalDate.now(clock).isAfter(round.deadline());
    }

    private Plan plan(Round round) {
        return plans.find(round.planId())
                .orElseThrow(() -> new NotFoundException("Planen " + round.planId() + " findes ikke."));
    }
}
