package dk.pejling.rounds;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Many entries at once, in JDBC batches: a results upload of ten thousand rows is a handful of
 * round trips, not ten thousand. Callers hold the transaction.
 */
@Repository
class BulkRepository {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    BulkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every report of the round, locked until the transaction ends, in the order the round's other commands lock them. */
    Map<String, SubmissionState> lockSubmissions(long roundId) {
        return jdbc.query("select initiative_id, state from round_submission where round_id = ? order by position for update",
                        (rs, n) -> Map.entry(rs.getString(1), SubmissionState.valueOf(rs.getString(2))), roundId)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    record Save(EntryKind kind, String itemId, long basedOn, EntryValues values, @Nullable String reason) {}

    /** Saves every entry where it is still at the version it was read at; answers those that were not. */
    List<Save> updateEntries(long roundId, List<Save> saves, String by, OffsetDateTime at) {
        List<Save> stale = new ArrayList<>();
        for (int from = 0; from < saves.size(); from += BATCH) {
            List<Save> chunk = saves.subList(from, Math.min(saves.size(), from + BATCH));
            int[][] counts = jdbc.batchUpdate("""
                            update round_entry set figure = ?, of_figure = ?, display_text = ?, breakdown = ?, as_of = ?,
                            forecast_figure = ?, forecast_text = ?, assessment = ?, remark = ?, narrative = ?,
                            version = version + 1, changed_by = ?, changed_at = ?
                            where round_id = ? and entry_kind = ? and item_id = ? and version = ?""",
                    chunk, chunk.size(), (ps, s) -> {
                        values(ps, 1, s.values());
                        ps.setString(11, by);
                        ps.setObject(12, at);
                        ps.setLong(13, roundId);
                        ps.setString(14, s.kind().name());
                        ps.setString(15, s.itemId());
                        ps.setLong(16, s.basedOn());
                    });
            for (int i = 0; i < chunk.size(); i++) {
                int count = counts[0].length > i ? counts[0][i] : 1;
                if (count == 0) {
                    stale.add(chunk.get(i));
                }
            }
        }
        return stale;
    }

    void insertVersions(long roundId, List<Save> saves, String by, OffsetDateTime at) {
        jdbc.batchUpdate("""
                        insert into round_entry_version (round_id, entry_kind, item_id, version, figure, of_figure,
                        display_text, breakdown, as_of, forecast_figure, forecast_text, assessment, remark, narrative,
                        changed_by, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                saves, BATCH, (ps, s) -> {
                    ps.setLong(1, roundId);
                    ps.setString(2, s.kind().name());
                    ps.setString(3, s.itemId());
                    ps.setLong(4, s.basedOn() + 1);
                    values(ps, 5, s.values());
                    ps.setString(15, by);
                    ps.setObject(16, at);
                    ps.setString(17, s.reason());
                });
    }

    /** Marks the reports begun (a report not started is in progress after its first save). */
    void begin(long roundId, List<String> initiativeIds) {
        jdbc.batchUpdate("""
                        update round_submission set state = 'IN_PROGRESS', version = version + 1
                        where round_id = ? and initiative_id = ? and state = 'NOT_STARTED'""",
                initiativeIds, BATCH, (ps, id) -> {
                    ps.setLong(1, roundId);
                    ps.setString(2, id);
                });
    }

    private static void values(java.sql.PreparedStatement ps, int at, EntryValues v) throws java.sql.SQLException {
        ps.setBigDecimal(at, v.value());
        ps.setBigDecimal(at + 1, v.of());
        ps.setString(at + 2, v.display());
        ps.setString(at + 3, v.breakdown());
        if (v.asOf() == null) {
            ps.setNull(at + 4, Types.DATE);
        } else {
            ps.setObject(at + 4, v.asOf());
        }
        ps.setBigDecimal(at + 5, v.forecastValue());
        ps.setString(at + 6, v.forecastText());
        ps.setString(at + 7, v.assessment() == null ? null : v.assessment().name());
        ps.setString(at + 8, v.remark());
        ps.setString(at + 9, v.narrative());
    }
}
