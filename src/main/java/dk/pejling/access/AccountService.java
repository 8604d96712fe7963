package dk.pejling.access;

import dk.pejling.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: local ones, created by an administrator (or on first start) and signed in with a
 * hashed password; and those made on first sign-in through the identity provider, which have no
 * password and are known by the provider's issuer and subject.
 */
@Service
public class AccountService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    private final AuditLog audit;

    AccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** An account as an administrator sees it in a list. */
    public record AccountSummary(
            String username, String displayName, Role role, List<String> units, boolean external, boolean enabled) {}

    /** What a request needs to know to keep a session alive. */
    record SessionState(boolean enabled, @Nullable Instant sessionsValidAfter) {}

    @Transactional
    public void create(String username, String displayName, String rawPassword, Role role) {
        jdbc.sql("""
                        insert into account (username, display_name, password_hash, role_name, created_at)
                        values (:username, :displayName, :hash, :role, :createdAt)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("role", role.name())
                .param("createdAt", OffsetDateTime.now(clock))
                .update();
        // audit: a new account and its role are in the trail (never the password)
        audit.record(AuditLog.ACCOUNT_CHANGED, null, "accounts[" + username + "]", "role", null, role.name(), "Konto oprettet");
    }

    /** Sets the units a unit reporter reports for, replacing those the account had. */
    @Transactional
    public void assignUnits(String username, Collection<String> units) {
        long id = idOf(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
        jdbc.sql("delete from account_unit where account_id = :id").param("id", id).update();
        for (String unit : units.stream().distinct().toList()) {
            jdbc.sql("insert into account_unit (account_id, unit_id) values (:id, :unit)")
                    .param("id", id)
                    .param("unit", unit)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return idOf(username).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Role> role(String username) {
        return jdbc.sql("select role_name from account where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .map(Role::valueOf);
    }

    // Status rounds: the units a unit reporter reports for.

    /** The ids of the units the account reports for; empty for an unknown account. */
    @Transactional(readOnly = true)
    public java.util.Set<String> units(String username) {
        return new java.util.TreeSet<>(jdbc.sql("""
                        select u.unit_id from account_unit u join account a on a.id = u.account_id
                        where a.username = :u""")
                .param("u", username)
                .query(String.class)
                .list());
    }

    /** Lets the account report for the unit (nothing happens where it already does). */
    @Transactional
    public void addUnit(String username, String unitId) {
        if (units(username).contains(unitId)) {
            return;
        }
        jdbc.sql("insert into account_unit (account_id, unit_id) select id, :unit from account where username = :u")
                .param("unit", unitId)
                .param("u", username)
                .update();
    }

    /** The language the person chose to read Pejling in ({@code da}, {@code en}); empty where none was chosen. */
    @Transactional(readOnly = true)
    public Optional<String> language(String username) {
        return jdbc.sql("select language from account where username = :u")
                .param("u", username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(l -> l);
    }

    @Transactional
    public void setLanguage(String username, String language) {
        jdbc.sql("update account set language = :l where username = :u").param("l", language).param("u", username).update();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        record Row(String username, String displayName, String roleName, @Nullable String externalIssuer, boolean enabled) {}
        return jdbc.sql("select username, display_name, role_name, external_issuer, enabled from account order by username")
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("role_name"), rs.getString("external_issuer"), rs.getBoolean("enabled")))
                .list()
                .stream()
                .map(r -> new AccountSummary(
                        r.username(),
                        r.displayName(),
                        Role.valueOf(r.roleName()),
                        List.copyOf(units(r.username())),
                        r.externalIssuer() != null,
                        r.enabled()))
                .toList();
    }

    /**
     * Ends every session of the account: a session begun before now is refused on its next
     * request. Returns false when there is no such account.
     */
    @Transactional
    public boolean signOutEverywhere(String username) {
        return jdbc.sql("update account set sessions_valid_after = :now, version = version + 1 where username = :u")
                        .param("now", OffsetDateTime.ofInstant(now(), clock.getZone()))
                        .param("u", username)
                        .update()
                > 0;
    }

    @Transactional(readOnly = true)
    Optional<SessionState> sessionState(String username) {
        record Row(boolean enabled, @Nullable OffsetDateTime sessionsValidAfter) {}
        return jdbc.sql("select enabled, sessions_valid_after from account where username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getBoolean("enabled"), rs.getObject("sessions_valid_after", OffsetDateTime.class)))
                .optional()
                .map(r -> new SessionState(
                        r.enabled(), r.sessionsValidAfter() == null ? null : r.sessionsValidAfter().toInstant()));
    }

    /** Now, to the millisecond: what both the database and a session keep without rounding. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Optional<Long> idOf(String username) {
        return jdbc.sql("select id from account where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional();
    }

    /**
     * Creates or updates the account of a person the identity provider signed in, with the role
     * and units its claims map to, and returns the account's user name. An identity is never
     * joined to a local account with the same name: a clash gets a numbered name instead.
     */
    @Transactional
    String signInExternal(ExternalIdentity identity, Role role, Collection<String> units) {
        Optional<String> existing = jdbc.sql(
                        "select username from account where external_issuer = :iss and external_subject = :sub")
                .param("iss", identity.issuer())
                .param("sub", identity.subject())
                .query(String.class)
                .optional();
        String username;
        if (existing.isPresent()) {
            username = existing.get();
            jdbc.sql("update account set display_name = :name, role_name = :role, version = version + 1 where username = :u")
                    .param("name", identity.displayName())
                    .param("role", role.name())
                    .param("u", username)
                    .update();
        } else {
            username = freeUsername(identity.preferredUsername());
            jdbc.sql("""
                            insert into account (username, display_name, password_hash, role_name, created_at,
                                                 external_issuer, external_subject)
                            values (:username, :name, null, :role, :createdAt, :iss, :sub)""")
                    .param("username", username)
                    .param("name", identity.displayName())
                    .param("role", role.name())
                    .param("createdAt", OffsetDateTime.now(clock))
                    .param("iss", identity.issuer())
                    .param("sub", identity.subject())
                    .update();
        }
        assignUnits(username, units);
        return username;
    }

    private String freeUsername(String wanted) {
        String base = wanted.length() > 90 ? wanted.substring(0, 90) : wanted;
        String candidate = base;
        for (int n = 2; exists(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    // Reminders of status rounds: where a person is reached by e-mail.

    /** Sets (or, with null or blank, removes) the account's e-mail address; false where there is no such account. */
    @Transactional
    public boolean setEmail(String username, @org.jspecify.annotations.Nullable String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("»" + address + "« er ikke en e-mailadresse.");
        }
        return jdbc.sql("update account set email = :e where username = :u").param("e", address).param("u", username).update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<String> email(String username) {
        return jdbc.sql("select email from account where username = :u and email is not null")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    /** The e-mail addresses of the enabled unit reporters of the unit, in name order. */
    @Transactional(readOnly = true)
    public List<String> reporterEmails(String unitId) {
        return jdbc.sql("""
                        select a.email from account a join account_unit u on u.account_id = a.id
                        where u.unit_id = :unit and a.enabled and a.email is not null and a.role_name = 'UNIT_REPORTER'
                        order by a.username""")
                .param("unit", unitId)
                .query(String.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, @Nullable String passwordHash, String roleName, boolean enabled) {}
        Row row = jdbc.sql("select username, password_hash, role_name, enabled from account where username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash"), rs.getString("role_name"),
                        rs.getBoolean("enabled")))
                .optional()
                // An account from the identity provider has no password to sign in with here.
                .filter(r -> r.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account " + username));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(Authorities.of(Role.valueOf(row.roleName()), units(row.username())))
                .disabled(!row.enabled())
                .build();
    }
}
