package dk.pejling.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reminder rules, the log of reminders sent (which is also the claim), and units' contact addresses. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReminderRule> rules(long roundId) {
        return jdbc.sql("select * from round_reminder_rule where round_id = ? order by timing desc, day_count desc, id")
                .param(roundId)
                .query(ReminderRepository::rule)
                .list();
    }

    Optional<ReminderRule> rule(long ruleId) {
        return jdbc.sql("select * from round_reminder_rule where id = ?").param(ruleId).query(ReminderRepository::rule).optional();
    }

    boolean exists(long roundId, ReminderRule.Timing timing, int days) {
        return jdbc.sql("select count(*) from round_reminder_rule where round_id = ? and timing = ? and day_count = ?")
                        .params(roundId, timing.name(), days)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insertRule(long roundId, ReminderRule.Timing timing, int days, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into round_reminder_rule (round_id, timing, day_count, created_by, created_at)
                        values (:round, :timing, :days, :by, :at)""")
                .param("round", roundId)
                .param("timing", timing.name())
                .param("days", days)
                .param("by", by)
                .param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteRule(long roundId, long ruleId) {
        return jdbc.sql("delete from round_reminder_rule where round_id = ? and id = ?").params(roundId, ruleId).update() == 1;
    }

    /**
     * Claims the reminder of the rule to the unit: true where this transaction inserted the claim,
     * false where another (on this or another instance) has it. On PostgreSQL a second inserter
     * waits until the first commits, then skips; if the first rolls back (its e-mail failed), the
     * second gets the claim. H2 in PostgreSQL mode reads ON CONFLICT DO NOTHING the same way.
     */
    boolean claim(long ruleId, long roundId, String unitId, String recipients, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into round_reminder_sent (rule_id, round_id, unit_id, recipients, sent_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(ruleId, roundId, unitId, recipients, at)
                        .update()
                == 1;
    }

    /** A reminder sent: to which unit, under which rule, to whom and when. */
    record Sent(long ruleId, String unitId, String recipients, OffsetDateTime sentAt) {}

    List<Sent> sent(long roundId) {
        return jdbc.sql("select * from round_reminder_sent where round_id = ? order by sent_at, unit_id")
                .param(roundId)
                .query((rs, n) -> new Sent(rs.getLong("rule_id"), rs.getString("unit_id"), rs.getString("recipients"),
                        rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }

    Optional<String> contact(String unitId) {
        return jdbc.sql("select email from unit_contact where unit_id = ?").param(unitId).query(String.class).optional();
    }

    void setContact(String unitId, String email) {
        if (jdbc.sql("update unit_contact set email = ? where unit_id = ?").params(email, unitId).update() == 0) {
            jdbc.sql("insert into unit_contact (unit_id, email) values (?, ?)").params(unitId, email).update();
        }
    }

    void removeContact(String unitId) {
        jdbc.sql("delete from unit_contact where unit_id = ?").param(unitId).update();
    }

    private static ReminderRule rule(ResultSet rs, int n) throws SQLException {
        return new ReminderRule(rs.getLong("id"), rs.getLong("round_id"), ReminderRule.Timing.valueOf(rs.getString("timing")),
                rs.getInt("day_count"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
