package dk.pejling.rounds;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanChange;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planner's commands on rounds: open a round, approve or return a report, close the round.
 * An approval writes the report's entries into the plan in the same transaction.
 */
@Service
public class RoundService {

    private final RoundRepository repository;
    private final PlanService plans;
    private final Clock clock;

    RoundService(RoundRepository repository, PlanService plans, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Opens a round of the plan for a year or a quarter, covering the given initiatives and, of
     * their goals, those given (all of them where none are given).
     */
    @Transactional
    public Round open(Actor actor, String planId, @Nullable Period period, @Nullable LocalDate deadline,
            List<String> initiativeIds, List<String> goalIds) {
        requirePlanner(actor, "Kun en planlægger kan åbne en statusrunde.");
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("Planen " + planId + " findes ikke."));
        if (period == null || (period.kind() != Period.Kind.YEAR && period.kind() != Period.Kind.QUARTER)) {
            throw new InvalidInputException("Perioden skal være et år (fx 2021) eller et kvartal (fx 2021-Q3).");
        }
        if (!plan.covers(period)) {
            throw new InvalidInputException("Perioden " + DanishFormat.period(period) + " ligger uden for planens periode "
                    + plan.period().start() + "–" + plan.period().end() + ".");
        }
        if (deadline == null) {
            throw new InvalidInputException("Angiv en frist for indberetningen.");
        }
        if (repository.rounds(planId).stream().anyMatch(r -> r.isOpen() && r.period().equals(period))) {
            throw new RoundRuleException("Der er allerede en åben statusrunde for " + DanishFormat.period(period) + ".");
        }
        Set<String> chosen = new LinkedHashSet<>(initiativeIds);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("Vælg mindst én indsats, som runden skal omfatte.");
        }
        List<Initiative> initiatives = new ArrayList<>();
        for (Initiative i : plan.allInitiatives()) {
            if (chosen.remove(i.id())) {
                initiatives.add(i);
            }
        }
        if (!chosen.isEmpty()) {
            throw new NotFoundException("Planen har ingen indsats med id " + String.join(", ", chosen) + ".");
        }
        Set<String> goals = new LinkedHashSet<>(goalIds);
        Set<String> goalsOfInitiatives = new LinkedHashSet<>();
        initiatives.forEach(i -> i.goals().forEach(g -> goalsOfInitiatives.add(g.id())));
        for (String g : goals) {
            if (!goalsOfInitiatives.contains(g)) {
                throw new InvalidInputException("Målet " + g + " hører ikke til en af de valgte indsatser.");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long roundId = repository.insertRound(planId, period, deadline, actor.username(), now);
        int position = 0;
        for (Initiative i : initiatives) {
            repository.insertSubmission(roundId, i.id(), position);
            for (Goal g : i.goals()) {
                if (goals.isEmpty() || goals.contains(g.id())) {
                    repository.insertEntry(roundId, EntryKind.GOAL, g.id(), i.id(), position++);
                }
            }
            repository.insertEntry(roundId, EntryKind.NARRATIVE, i.id(), i.id(), position++);
        }
        return repository.round(roundId).orElseThrow();
    }

    /**
     * Closes the round: from now on its entries are locked, and only a planner may correct them,
     * with a reason. Reports not yet approved stay in the round as they are.
     */
    @Transactional
    public Round close(Actor actor, long roundId) {
        requirePlanner(actor, "Kun en planlægger kan lukke en statusrunde.");
        Round round = repository.round(roundId).orElseThrow(() -> notFound(roundId));
        // Take every report's lock first: a save under way finishes before the round closes.
        repository.submissions(roundId).forEach(s -> repository.lockSubmission(roundId, s.initiativeId()));
        Round locked = repository.lockRound(roundId).orElseThrow(() -> notFound(roundId));
        locked.state().close();
        repository.closeRound(roundId, actor.username(), OffsetDateTime.now(clock));
        return repository.round(round.id()).orElseThrow();
    }

    /** Approves a submitted report and writes its figures, remarks and narrative into the plan. */
    @Transactional
    public void approve(Actor actor, long roundId, String initiativeId) {
        requirePlanner(actor, "Kun en planlægger kan godkende en indberetning.");
        Submission submission = repository.lockSubmission(roundId, initiativeId)
                .orElseThrow(() -> new NotFoundException("Runden omfatter ikke indsatsen " + initiativeId + "."));
        SubmissionState next = submission.state().approve();
        Round round = repository.round(roundId).orElseThrow(() -> notFound(roundId));
        writeIntoPlan(round, List.of(initiativeId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.markReviewed(roundId, initiativeId, next, null, actor.username(), now);
        repository.insertReviewEvent(roundId, initiativeId, next, null, actor.username(), now);
    }

    /** Returns a submitted report to the unit with a comment that says what to correct. */
    @Transactional
    public void sendBack(Actor actor, long roundId, String initiativeId, @Nullable String comment) {
        requirePlanner(actor, "Kun en planlægger kan sende en indberetning retur.");
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("Skriv en kommentar, som fortæller enheden, hvad der skal rettes.");
        }
        Submission submission = repository.lockSubmission(roundId, initiativeId)
                .orElseThrow(() -> new NotFoundException("Runden omfatter ikke indsatsen " + initiativeId + "."));
        SubmissionState next = submission.state().sendBack();
        Round round = repository.round(roundId).orElseThrow(() -> notFound(roundId));
        if (!round.isOpen()) {
            throw new RoundRuleException("Runden er lukket; en indberetning kan ikke sendes retur.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.markReviewed(roundId, initiativeId, next, comment.strip(), actor.username(), now);
        repository.insertReviewEvent(roundId, initiativeId, next, comment.strip(), actor.username(), now);
    }

    /**
     * Writes the initiatives' entries into the plan as it is now, in one write: the plan's row is
     * locked before it is read, so neither another approval nor an edit of the plan is written over.
     */
    void writeIntoPlan(Round round, Collection<String> initiativeIds) {
        try {
            plans.update(round.planId(), plan -> {
                Plan written = plan;
                for (String initiativeId : initiativeIds) {
                    written = PlanResults.write(written, round.period(), initiativeId, repository.entries(round.id(), initiativeId));
                }
                return written;
            }, PlanChange.current());
        } catch (NoSuchElementException gone) {
            throw new NotFoundException("Planen " + round.planId() + " findes ikke længere.");
        }
    }

    static void requirePlanner(Actor actor, String message) {
        if (!actor.isPlanner()) {
            throw new OutOfScopeException(message);
        }
    }

    static NotFoundException notFound(long roundId) {
        return new NotFoundException("Statusrunde " + roundId + " findes ikke.");
    }
}
