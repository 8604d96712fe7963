package dk.pejling.plan;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan_publication table. */
@Repository
class PublicationRepository {

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Publication> find(String planId) {
        return jdbc.sql("""
                        select plan_id, published, published_at, published_by, withdrawn_at, withdrawn_by
                        from plan_publication where plan_id = :id""")
                .param("id", planId)
                .query((rs, n) -> new Publication(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6)))
                .optional();
    }

    Set<String> publishedIds() {
        return jdbc.sql("select plan_id from plan_publication where published = true")
                .query(String.class)
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    void publish(String planId, OffsetDateTime at, String by) {
        int updated = jdbc.sql("""
                        update plan_publication set published = true, published_at = :at, published_by = :by,
                        withdrawn_at = null, withdrawn_by = null where plan_id = :id""")
                .param("id", planId)
                .param("at", at)
                .param("by", by)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into plan_publication (plan_id, published, published_at, published_by)
                            values (:id, true, :at, :by)""")
                    .param("id", planId)
                    .param("at", at)
                    .param("by", by)
                    .update();
        }
    }

    boolean withdraw(String planId, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        update plan_publication set published = false, withdrawn_at = :at, withdrawn_by = :by
                        where plan_id = :id and published = true""")
                        .param("id", planId)
                        .param("at", at)
                        .param("by", by)
                        .update()
                > 0;
    }
}
