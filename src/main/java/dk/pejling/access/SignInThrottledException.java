package dk.pejling.access;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in with a password is refused for now, after too many failures; says for how long. */
class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, for the sign-in page. */
    long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
