package dk.pejling.plan;

import java.time.Instant;
import java.util.Optional;

/**
 * Plans as they stood at an earlier moment. The plan module only names the port; the history
 * module keeps the versions and answers it, so that pages and the API can ask for a past plan
 * without depending on the history module.
 */
public interface PastPlans {

    /** The plan exactly as it stood at {@code at}; empty where it did not exist then. */
    Optional<Plan> asOf(String planId, Instant at);
}
