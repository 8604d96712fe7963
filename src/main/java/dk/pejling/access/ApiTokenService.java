package dk.pejling.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens an administrator issues to a system that calls the API: 256 random bits, shown once,
 * stored as their SHA-256 only; named, with a role and an owning account whose units they carry;
 * revocable, and stamped with the time they were last used.
 */
@Service
public class ApiTokenService {

    /** Every token starts so, which tells it from a JWT and lets secret scanners find a leaked one. */
    static final String PREFIX = "pejling_";

    /** The last-used time is written at most this often, so that a busy client does not write on every call. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token just issued; {@code token} is the secret, which Pejling never shows again. */
    public record IssuedToken(long id, String name, Role role, String owner, String token) {}

    /** A token as the list shows it, without its secret. */
    public record TokenSummary(
            long id,
            String name,
            Role role,
            String owner,
            String createdBy,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime lastUsedAt,
            @Nullable OffsetDateTime revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A request to issue a token that cannot be met; {@code field} names the input at fault. */
    public static final class InvalidTokenRequest extends RuntimeException {
        private final String field;

        InvalidTokenRequest(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The account the token acts for, and with which role. */
    record TokenHolder(long tokenId, String owner, Role role) {}

    @Transactional
    public IssuedToken issue(String name, Role role, String owner, String issuedBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidTokenRequest("name", "A token needs a name of 1 to 100 characters.");
        }
        long ownerId = accounts.idOf(owner)
                .orElseThrow(() -> new InvalidTokenRequest("owner", "There is no account '" + owner + "'."));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (name, token_hash, role_name, owner_account_id, created_by, created_at)
                        values (:name, :hash, :role, :owner, :by, :at)""")
                .param("name", trimmed)
                .param("hash", sha256(token))
                .param("role", role.name())
                .param("owner", ownerId)
                .param("by", issuedBy)
                .param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKey()).longValue();
        return new IssuedToken(id, trimmed, role, owner, token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> all() {
        return jdbc.sql("""
                        select t.id, t.name, t.role_name, a.username, t.created_by, t.created_at, t.last_used_at, t.revoked_at
                        from api_token t join account a on a.id = t.owner_account_id
                        order by t.revoked_at desc nulls first, t.created_at desc, t.id desc""")
                .query((rs, n) -> new TokenSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<TokenSummary> find(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst();
    }

    /** Revokes the token; false when there is no such token. Revoking twice keeps the first time. */
    @Transactional
    public boolean revoke(long id) {
        jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        return jdbc.sql("select count(*) from api_token where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** The holder of a valid, unrevoked token of an enabled account, stamping its use. */
    @Transactional
    Optional<TokenHolder> use(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<TokenHolder> holder = jdbc.sql("""
                        select t.id, a.username, t.role_name from api_token t join account a on a.id = t.owner_account_id
                        where t.token_hash = :h and t.revoked_at is null and a.enabled = true""")
                .param("h", sha256(token))
                .query((rs, n) -> new TokenHolder(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
        holder.ifPresent(h -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :before)")
                    .param("now", now)
                    .param("before", now.minus(LAST_USED_GRANULARITY))
                    .param("id", h.tokenId())
                    .update();
        });
        return holder;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
