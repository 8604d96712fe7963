package dk.pejling.plan;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who writes a plan and why: the signed-in user's name, or {@value #SYSTEM} for what Pejling does
 * by itself (demo plans, start-up); the reason is what the writer gave, if anything.
 */
public record PlanChange(String actor, @Nullable String reason) {

    public static final String SYSTEM = "system";

    public PlanChange {
        if (actor.isBlank()) {
            throw new IllegalArgumentException("A change needs an actor.");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** By whoever is signed in on this thread, or by the system where no one is. */
    public static PlanChange current(@Nullable String reason) {
        return new PlanChange(currentActor(), reason);
    }

    public static PlanChange current() {
        return current(null);
    }

    public static PlanChange system(@Nullable String reason) {
        return new PlanChange(SYSTEM, reason);
    }

    /** The signed-in user's name, or {@value #SYSTEM}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || authentication.getName().isBlank()) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
