package dk.pejling.history.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The field changes of a plan after a moment, as a conflict answer lists them. */
@Component
class ChangesSince {

    List<Map<String, Object>> since(String planId, @Nullable Instant after) {
        return List.of();
    }
}
