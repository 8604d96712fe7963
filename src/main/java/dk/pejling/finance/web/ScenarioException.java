package dk.pejling.finance.web;

import java.util.List;

/** A scenario request Pejling cannot answer, with what the planner has to change. */
final class ScenarioException extends RuntimeException {

    private final List<String> unknownInitiatives;

    ScenarioException(String message) {
        this(message, List.of());
    }

    ScenarioException(String message, List<String> unknownInitiatives) {
        super(message);
        this.unknownInitiatives = List.copyOf(unknownInitiatives);
    }

    List<String> unknownInitiatives() {
        return unknownInitiatives;
    }
}
