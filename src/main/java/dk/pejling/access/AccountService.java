package dk.pejling.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: created by an administrator (or on first start), signed in with a hashed password. */
@Service
public class AccountService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

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
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
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
        record Row(String username, String passwordHash, String roleName, boolean enabled) {}
        Row row = jdbc.sql("select username, password_hash, role_name, enabled from account where username = :u")
                .param("u", username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(row.roleName()).authority())))
                .disabled(!row.enabled())
                .build();
    }
}
