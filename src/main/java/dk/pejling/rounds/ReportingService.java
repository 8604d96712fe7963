package dk.pejling.rounds;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What units do in a round: save entries (one, or many at once, all or nothing) and submit a
 * report. A save names the version it was based on; where another save came first it is refused
 * with what the other person changed, so nothing is silently overwritten. Every applied save is
 * kept as a version with who, when and why.
 */
@Service
public class ReportingService {

    private final RoundRepository repository;
    private final PlanService plans;
    private final RoundService rounds;
    private final Clock clock;

    ReportingService(RoundRepository repository, PlanService plans, RoundService rounds, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Saves one entry and answers it at its new version. */
    @Transactional
    public Entry save(Actor actor, long roundId, EntryChange change) {
        return saveAll(actor, roundId, List.of(change)).get(0);
    }

    /**
     * Saves many entries in one transaction: every one is saved, or (on the first refusal, be it a
     * conflict, a locked report or a unit out of reach) none is. Answers the entries at their new
     * versions, in the order given.
     */
    @Transactional
    public List<Entry> saveAll(Actor actor, long roundId, List<EntryChange> changes) {
        Round round = repository.round(roundId).orElseThrow(() -> RoundService.notFound(roundId));
        Plan plan = plan(round);
        List<Entry> saved = new ArrayList<>();
        Set<String> approvedTouched = new LinkedHashSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (EntryChange change : changes) {
            Initiative initiative = reachable(actor, plan, change.initiativeId());
            Submission submission = repository.lockSubmission(roundId, initiative.id())
                    .orElseThrow(() -> notInRound(initiative.id()));
            Round current = repository.round(roundId).orElseThrow(() -> RoundService.notFound(roundId));
            Entry entry = repository.entry(roundId, change.kind(), change.itemId())
                    .filter(e -> e.initiativeId().equals(initiative.id()))
                    .orElseThrow(() -> new NotFoundException(change.kind() == EntryKind.GOAL
                            ? "Runden omfatter ikke målet " + change.itemId() + " under indsatsen " + initiative.id() + "."
                            : "Runden omfatter ikke indsatsen " + initiative.id() + "."));
            boolean locked = !current.isOpen() || !submission.state().editable();
            if (locked) {
                if (!actor.isPlanner()) {
                    throw new RoundRuleException(lockedMessage(current, submission));
                }
                if (change.reason() == null || change.reason().isBlank()) {
                    throw new InvalidInputException("Tallene er låst. En rettelse kræver en begrundelse.");
                }
            }
            EntryValues values = change.kind() == EntryKind.NARRATIVE
                    ? EntryValues.narrative(change.values().narrative(), change.values().asOf())
                    : change.values();
            values.breakdownMap(); // refuses a breakdown that does not read
            if (!repository.updateEntry(roundId, change.kind(), change.itemId(), change.basedOnVersion(), values,
                    actor.username(), now)) {
                throw conflict(roundId, change);
            }
            long version = change.basedOnVersion() + 1;
            String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
            repository.insertVersion(roundId, change.kind(), change.itemId(), version, values, actor.username(), now,
                    reason);
            if (submission.state() == SubmissionState.NOT_STARTED) {
                repository.updateSubmissionState(roundId, initiative.id(), submission.state().afterSave());
            }
            if (submission.state() == SubmissionState.APPROVED) {
                approvedTouched.add(initiative.id());
            }
            saved.add(repository.entry(roundId, change.kind(), change.itemId()).orElseThrow());
        }
        // A correction of an approved report reaches the plan at once, as the approval did.
        if (!approvedTouched.isEmpty()) {
            rounds.writeIntoPlan(round, approvedTouched);
        }
        return saved;
    }

    /**
     * Sends the report to the planner. Refused where a goal that is not met, or is forecast to be
     * missed, has no remark.
     */
    @Transactional
    public void submit(Actor actor, long roundId, String initiativeId) {
        Round round = repository.round(roundId).orElseThrow(() -> RoundService.notFound(roundId));
        Plan plan = plan(round);
        Initiative initiative = reachable(actor, plan, initiativeId);
        Submission submission = repository.lockSubmission(roundId, initiativeId).orElseThrow(() -> notInRound(initiativeId));
        if (!repository.round(roundId).orElseThrow().isOpen()) {
            throw new RoundRuleException("Runden er lukket; der kan ikke længere indsendes.");
        }
        SubmissionState next = submission.state().submit();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Entry e : repository.entries(roundId, initiativeId)) {
            if (e.kind() != EntryKind.GOAL) {
                continue;
            }
            Goal goal = plan.goal(e.itemId()).orElse(null);
            if (goal != null && RemarkRule.preview(goal, initiative, round.period(), e.values()).remarkMissing(e.values())) {
                ids.add(goal.id());
                names.add(goal.number() != null ? goal.number() : "»" + shorten(goal.text()) + "«");
            }
        }
        if (!ids.isEmpty()) {
            throw new RemarksMissingException(ids, names);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.markSubmitted(roundId, initiativeId, actor.username(), now);
        repository.insertReviewEvent(roundId, initiativeId, next, null, actor.username(), now);
    }

    private Plan plan(Round round) {
        return plans.find(round.planId())
                .orElseThrow(() -> new NotFoundException("Planen " + round.planId() + " findes ikke."));
    }

    /** The initiative, where the person may reach it; a unit reporter reaches only its units' initiatives. */
    static Initiative reachable(Actor actor, Plan plan, String initiativeId) {
        Initiative initiative = plan.initiative(initiativeId).orElseThrow(() -> notInRound(initiativeId));
        if (!actor.reaches(initiative)) {
            throw new OutOfScopeException("Du kan kun se og indberette for de indsatser, som din enhed driver.");
        }
        return initiative;
    }

    private EntryConflictException conflict(long roundId, EntryChange change) {
        Entry current = repository.entry(roundId, change.kind(), change.itemId()).orElseThrow();
        EntryValues seen = repository.versions(roundId, change.kind(), change.itemId()).stream()
                .filter(v -> v.version() == change.basedOnVersion())
                .map(RoundRepository.StoredVersion::values)
                .findFirst()
                .orElse(EntryValues.EMPTY);
        return new EntryConflictException(current, change.basedOnVersion(), current.values().changesFrom(seen));
    }

    private static String lockedMessage(Round round, Submission submission) {
        if (!round.isOpen()) {
            return "Runden er lukket, og tallene er låst. Kontakt en planlægger, hvis noget skal rettes.";
        }
        return submission.state() == SubmissionState.SUBMITTED
                ? "Indberetningen er sendt til godkendelse og kan ikke ændres, før planlæggeren har set den."
                : "Indberetningen er godkendt, og tallene er låst. Kontakt en planlægger, hvis noget skal rettes.";
    }

    static NotFoundException notInRound(String initiativeId) {
        return new NotFoundException("Runden omfatter ikke indsatsen " + initiativeId + ".");
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + " …";
    }
}
