package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves one edit of a plan made in a form: reads the plan, applies the edit, and replaces the plan,
 * all in one transaction, but only where the plan is still at the revision the form was opened on;
 * otherwise it refuses with {@link StalePlanException} and changes nothing.
 */
@Service
public class PlanEditing {

    private final PlanService plans;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanEditing(PlanService plans, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Applies {@code edit} to the plan at {@code expectedRevision} and saves it; the plan as saved. */
    @Transactional
    public Plan edit(String planId, String expectedRevision, UnaryOperator<Plan> edit) {
        StoredPlan stored = plans.findStored(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        if (!stored.revision().equals(expectedRevision)) {
            throw new StalePlanException(planId);
        }
        Plan changed = edit.apply(stored.plan());
        try {
            // The check above spares the work of an edit that is already stale; this one is atomic.
            plans.replace(changed, expectedRevision, PlanChange.current());
        } catch (PlanChangedConcurrentlyException e) {
            throw new StalePlanException(planId);
        }
        return changed;
    }

    /**
     * Sets a goal's target for a period. Where it replaces a different level, the decision is
     * required and the replaced level is written to the target history in the same transaction.
     */
    @Transactional
    public Plan setTarget(String planId, String expectedRevision, String goalId, Period period, BigDecimal value,
            @Nullable Decision decision, String changedBy) {
        Plan saved = edit(planId, expectedRevision, p -> {
            Goal goal = p.goal(goalId).orElseThrow(() -> new NoSuchElementException("no goal " + goalId));
            if (PlanEdits.changesTarget(goal, period, value) && decision != null) {
                BigDecimal old = goal.target(period).orElseThrow().value();
                jdbc.sql("""
                        insert into target_history (plan_id, goal_id, period_text, old_value, new_value, decided_by,
                            decided_on, decision_text, changed_by, changed_at)
                        values (:plan, :goal, :period, :old, :new, :by, :on, :text, :user, :at)""")
                        .param("plan", planId).param("goal", goalId).param("period", period.toString())
                        .param("old", old).param("new", value).param("by", decision.by())
                        .param("on", decision.date()).param("text", decision.text()).param("user", changedBy)
                        .param("at", OffsetDateTime.now(clock))
                        .update();
            }
            return PlanEdits.updateGoal(p, goalId, g -> PlanEdits.setTarget(g, period, value, decision));
        });
        return saved;
    }

    /** The goal's changed targets, oldest change first. */
    @Transactional(readOnly = true)
    public List<TargetChange> targetHistory(String planId, String goalId) {
        return jdbc.sql("""
                select period_text, old_value, new_value, decided_by, decided_on, decision_text, changed_by, changed_at
                from target_history where plan_id = :plan and goal_id = :goal order by id""")
                .param("plan", planId).param("goal", goalId)
                .query((rs, n) -> new TargetChange(goalId, Period.parse(rs.getString(1)), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), new Decision(rs.getString(4),
                                rs.getObject(5, java.time.LocalDate.class), rs.getString(6)),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .list();
    }
}
