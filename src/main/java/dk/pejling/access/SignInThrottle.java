package dk.pejling.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, for one user name
 * or from one client address, sign-in with a password is refused until the window has passed. The
 * failures are kept in the database, so every instance of Pejling sees them.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${pejling.security.sign-in.max-failures-per-user:5}") int perUser,
            @Value("${pejling.security.sign-in.max-failures-per-address:20}") int perAddress,
            @Value("${pejling.security.sign-in.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    /** How long until a sign-in may be tried again, if it is throttled now. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Duration> user = waitFor(userKey(username), perUser, now);
        Optional<Duration> client = waitFor(addressKey(address), perAddress, now);
        if (user.isPresent() && client.isPresent()) {
            return Optional.of(user.get().compareTo(client.get()) > 0 ? user.get() : client.get());
        }
        return user.isPresent() ? user : client;
    }

    /** Kept even when the sign-in's own transaction fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from sign_in_failure where failed_at < :cutoff")
                .param("cutoff", now.minus(window))
                .update();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            jdbc.sql("insert into sign_in_failure (failure_key, failed_at) values (:k, :at)")
                    .param("k", key)
                    .param("at", now)
                    .update();
        }
    }

    /** A right password clears the user name's failures; the address's stay, lest one account unlock guessing at others. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where failure_key = :k").param("k", userKey(username)).update();
    }

    private Optional<Duration> waitFor(String key, int limit, OffsetDateTime now) {
        OffsetDateTime since = now.minus(window);
        long failures = jdbc.sql("select count(*) from sign_in_failure where failure_key = :k and failed_at >= :since")
                .param("k", key)
                .param("since", since)
                .query(Long.class)
                .single();
        if (failures < limit) {
            return Optional.empty();
        }
        // The window reopens when enough of the oldest failures have aged out of it.
        OffsetDateTime oldestThatCounts = jdbc.sql("""
                        select failed_at from sign_in_failure where failure_key = :k and failed_at >= :since
                        order by failed_at desc offset :skip rows fetch first 1 rows only""")
                .param("k", key)
                .param("since", since)
                .param("skip", limit - 1)
                .query(OffsetDateTime.class)
                .single();
        Duration wait = Duration.between(now, oldestThatCounts.plus(window));
        return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }

    private static String userKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return "user:" + (key.length() > 280 ? key.substring(0, 280) : key);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
