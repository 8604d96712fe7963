package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Plans in tables, written and read with hand-written SQL. A plan is written with one batch per
 * table and read with one query per table; every row carries the plan's id, and the foreign keys
 * cascade, so a plan is deleted with one statement. Callers hold the transaction.
 */
@Repository
class PlanRepository {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanRepository(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    boolean exists(String planId) {
        Integer count = jdbc.queryForObject("select count(*) from plan where id = ?", Integer.class, planId);
        return count != null && count > 0;
    }

    /** The plan's revision, a value that changes with every write of the plan; empty where there is no plan. */
    Optional<String> revision(String planId) {
        return jdbc.query("select revision from plan where id = ?", (rs, n) -> rs.getString(1), planId).stream()
                .findFirst();
    }

    /** The plan's status; empty where there is no plan. */
    Optional<PlanStatus> status(String planId) {
        return jdbc.query("select status from plan where id = ?", (rs, n) -> rs.getString(1), planId).stream()
                .findFirst()
                .map(s -> Columns.enumOf(PlanStatus.class, s));
    }

    /**
     * The revision, with the plan row locked to the end of the transaction, so no one else can
     * write the plan in between; empty where there is no plan.
     */
    Optional<String> lockRevision(String planId) {
        return jdbc.query("select revision from plan where id = ? for update", (rs, n) -> rs.getString(1), planId)
                .stream()
                .findFirst();
    }

    /** Inserts a new plan at {@code revision}. */
    void insert(Plan plan, String revision) {
        new PlanTableWriter(jdbc, plan.id()).insert(plan, OffsetDateTime.now(clock), revision);
    }

    /** Rewrites a stored plan, keeping its row; false where there is none. */
    boolean replace(Plan plan, String revision) {
        return new PlanTableWriter(jdbc, plan.id()).replace(plan, OffsetDateTime.now(clock), revision);
    }

    Clock clock() {
        return clock;
    }

    Optional<Plan> find(String planId) {
        return new PlanTableReader(jdbc, planId).read();
    }

    List<PlanSummary> list() {
        return jdbc.query(
                "select p.id, p.title, p.kind, p.owner, p.period_start, p.period_end, p.status,"
                        + " (select count(*) from initiative i where i.plan_id = p.id) as initiative_count,"
                        + " (select count(*) from goal g where g.plan_id = p.id) as goal_count"
                        + " from plan p order by p.starts_on desc, p.title, p.id",
                (rs, n) -> new PlanSummary(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("kind"),
                        rs.getString("owner"),
                        new PlanPeriod(Period.parse(rs.getString("period_start")), Period.parse(rs.getString("period_end"))),
                        Columns.enumOf(PlanStatus.class, rs.getString("status")),
                        rs.getInt("initiative_count"),
                        rs.getInt("goal_count")));
    }

    /**
     * Deletes the plan for good: its rows (every other table's go with it, on delete cascade) and the
     * history of its changed targets.
     */
    boolean deleteWithHistory(String planId) {
        jdbc.update("delete from target_history where plan_id = ?", planId);
        return jdbc.update("delete from plan where id = ?", planId) > 0;
    }
}
