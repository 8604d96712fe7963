package dk.pejling.rounds;

import dk.pejling.plan.Assessment;
import dk.pejling.shared.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds, submissions, entries and their versions in tables. Callers hold the transaction. */
@Repository
class RoundRepository {

    private static final String ENTRY_COLUMNS = "figure, of_figure, display_text, breakdown, as_of, forecast_figure,"
            + " forecast_text, assessment, remark, narrative";

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String planId, Period period, LocalDate deadline, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into status_round (plan_ref, period_text, deadline, state, opened_by, opened_at)
                        values (:plan, :period, :deadline, 'OPEN', :by, :at)""")
                .param("plan", planId)
                .param("period", period.toString())
                .param("deadline", deadline)
                .param("by", by)
                .param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertSubmission(long roundId, String initiativeId, int position) {
        jdbc.sql("insert into round_submission (round_id, initiative_id, position, state) values (?, ?, ?, 'NOT_STARTED')")
                .params(roundId, initiativeId, position)
                .update();
    }

    void insertEntry(long roundId, EntryKind kind, String itemId, String initiativeId, int position) {
        jdbc.sql("insert into round_entry (round_id, entry_kind, item_id, initiative_id, position) values (?, ?, ?, ?, ?)")
                .params(roundId, kind.name(), itemId, initiativeId, position)
                .update();
    }

    Optional<Round> round(long roundId) {
        return jdbc.sql("select * from status_round where id = ?").param(roundId).query(RoundRepository::round).optional();
    }

    /** The round, locked until the transaction ends, so that it cannot close under a save. */
    Optional<Round> lockRound(long roundId) {
        return jdbc.sql("select * from status_round where id = ? for update").param(roundId).query(RoundRepository::round).optional();
    }

    List<Round> rounds(String planId) {
        return jdbc.sql("select * from status_round where plan_ref = ? order by opened_at desc, id desc")
                .param(planId)
                .query(RoundRepository::round)
                .list();
    }

    List<Round> openRounds() {
        return jdbc.sql("select * from status_round where state = 'OPEN' order by deadline, id")
                .query(RoundRepository::round)
                .list();
    }

    void closeRound(long roundId, String by, OffsetDateTime at) {
        jdbc.sql("update status_round set state = 'CLOSED', closed_by = ?, closed_at = ?, version = version + 1 where id = ?")
                .params(by, at, roundId)
                .update();
    }

    List<Submission> submissions(long roundId) {
        return jdbc.sql("select * from round_submission where round_id = ? order by position")
                .param(roundId)
                .query(RoundRepository::submission)
                .list();
    }

    Optional<Submission> submission(long roundId, String initiativeId) {
        return jdbc.sql("select * from round_submission where round_id = ? and initiative_id = ?")
                .params(roundId, initiativeId)
                .query(RoundRepository::submission)
                .optional();
    }

    /** The submission, locked until the transaction ends: saves and review steps of one report take turns. */
    Optional<Submission> lockSubmission(long roundId, String initiativeId) {
        return jdbc.sql("select * from round_submission where round_id = ? and initiative_id = ? for update")
                .params(roundId, initiativeId)
                .query(RoundRepository::submission)
                .optional();
    }

    void updateSubmissionState(long roundId, String initiativeId, SubmissionState state) {
        jdbc.sql("update round_submission set state = ?, version = version + 1 where round_id = ? and initiative_id = ?")
                .params(state.name(), roundId, initiativeId)
                .update();
    }

    void markSubmitted(long roundId, String initiativeId, String by, OffsetDateTime at) {
        jdbc.sql("""
                        update round_submission set state = 'SUBMITTED', submitted_by = ?, submitted_at = ?,
                        version = version + 1 where round_id = ? and initiative_id = ?""")
                .params(by, at, roundId, initiativeId)
                .update();
    }

    void markReviewed(long roundId, String initiativeId, SubmissionState state, @Nullable String comment, String by,
            OffsetDateTime at) {
        jdbc.sql("""
                        update round_submission set state = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?,
                        version = version + 1 where round_id = ? and initiative_id = ?""")
                .params(state.name(), comment, by, at, roundId, initiativeId)
                .update();
    }

    void insertReviewEvent(long roundId, String initiativeId, SubmissionState state, @Nullable String comment, String by,
            OffsetDateTime at) {
        jdbc.sql("""
                        insert into round_review_event (round_id, initiative_id, state, comment_text, actor, happened_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(roundId, initiativeId, state.name(), comment, by, at)
                .update();
    }

    List<ReviewEvent> reviewEvents(long roundId, String initiativeId) {
        return jdbc.sql("select * from round_review_event where round_id = ? and initiative_id = ? order by happened_at, id")
                .params(roundId, initiativeId)
                .query((rs, n) -> new ReviewEvent(
                        rs.getString("initiative_id"),
                        SubmissionState.valueOf(rs.getString("state")),
                        rs.getString("comment_text"),
                        rs.getString("actor"),
                        rs.getObject("happened_at", OffsetDateTime.class)))
                .list();
    }

    List<Entry> entries(long roundId) {
        return jdbc.sql("select * from round_entry where round_id = ? order by position")
                .param(roundId)
                .query(RoundRepository::entry)
                .list();
    }

    List<Entry> entries(long roundId, String initiativeId) {
        return jdbc.sql("select * from round_entry where round_id = ? and initiative_id = ? order by position")
                .params(roundId, initiativeId)
                .query(RoundRepository::entry)
                .list();
    }

    Optional<Entry> entry(long roundId, EntryKind kind, String itemId) {
        return jdbc.sql("select * from round_entry where round_id = ? and entry_kind = ? and item_id = ?")
                .params(roundId, kind.name(), itemId)
                .query(RoundRepository::entry)
                .optional();
    }

    /** Saves the values where the entry is still at the version the writer saw; false where it is not. */
    boolean updateEntry(long roundId, EntryKind kind, String itemId, long basedOn, EntryValues v, String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                        update round_entry set figure = ?, of_figure = ?, display_text = ?, breakdown = ?, as_of = ?,
                        forecast_figure = ?, forecast_text = ?, assessment = ?, remark = ?, narrative = ?,
                        version = version + 1, changed_by = ?, changed_at = ?
                        where round_id = ? and entry_kind = ? and item_id = ? and version = ?""")
                        .params(v.value(), v.of(), v.display(), v.breakdown(), v.asOf(), v.forecastValue(),
                                v.forecastText(), v.assessment() == null ? null : v.assessment().name(), v.remark(),
                                v.narrative(), by, at, roundId, kind.name(), itemId, basedOn)
                        .update()
                == 1;
    }

    void insertVersion(long roundId, EntryKind kind, String itemId, long version, EntryValues v, String by,
            OffsetDateTime at, @Nullable String reason) {
        jdbc.sql("insert into round_entry_version (round_id, entry_kind, item_id, version, " + ENTRY_COLUMNS
                        + ", changed_by, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(roundId, kind.name(), itemId, version, v.value(), v.of(), v.display(), v.breakdown(), v.asOf(),
                        v.forecastValue(), v.forecastText(), v.assessment() == null ? null : v.assessment().name(),
                        v.remark(), v.narrative(), by, at, reason)
                .update();
    }

    record StoredVersion(EntryKind kind, String itemId, long version, EntryValues values, String changedBy,
            OffsetDateTime changedAt, @Nullable String reason) {}

    List<StoredVersion> versions(long roundId, String initiativeId) {
        return jdbc.sql("""
                        select v.* from round_entry_version v join round_entry e
                        on e.round_id = v.round_id and e.entry_kind = v.entry_kind and e.item_id = v.item_id
                        where v.round_id = ? and e.initiative_id = ? order by e.position, v.version""")
                .params(roundId, initiativeId)
                .query(RoundRepository::storedVersion)
                .list();
    }

    List<StoredVersion> versions(long roundId, EntryKind kind, String itemId) {
        return jdbc.sql("select * from round_entry_version where round_id = ? and entry_kind = ? and item_id = ? order by version")
                .params(roundId, kind.name(), itemId)
                .query(RoundRepository::storedVersion)
                .list();
    }

    private static StoredVersion storedVersion(ResultSet rs, int n) throws SQLException {
        return new StoredVersion(
                EntryKind.valueOf(rs.getString("entry_kind")),
                rs.getString("item_id"),
                rs.getLong("version"),
                values(rs),
                rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class),
                rs.getString("reason"));
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(
                rs.getLong("id"),
                rs.getString("plan_ref"),
                Period.parse(rs.getString("period_text")),
                rs.getObject("deadline", LocalDate.class),
                RoundState.valueOf(rs.getString("state")),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class));
    }

    private static Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(
                rs.getLong("round_id"),
                rs.getString("initiative_id"),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getString("review_comment"),
                rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class));
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(
                rs.getLong("round_id"),
                EntryKind.valueOf(rs.getString("entry_kind")),
                rs.getString("item_id"),
                rs.getString("initiative_id"),
                values(rs),
                rs.getLong("version"),
                rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }

    private static EntryValues values(ResultSet rs) throws SQLException {
        String assessment = rs.getString("assessment");
        return new EntryValues(
                rs.getBigDecimal("figure"),
                rs.getBigDecimal("of_figure"),
                rs.getString("display_text"),
                rs.getString("breakdown"),
                rs.getObject("as_of", LocalDate.class),
                rs.getBigDecimal("forecast_figure"),
                rs.getString("forecast_text"),
                assessment == null ? null : Assessment.valueOf(assessment),
                rs.getString("remark"),
                rs.getString("narrative"));
    }
}
