package dk.pejling.bundle;

/**
 * One thing wrong with a bundle, at a path such as {@code plan.sections[0].initiatives[2].goals[1]}.
 * Errors about the text as a whole (its syntax, its size) have an empty path.
 */
public record BundleError(String path, String message) {

    /** The line a user reads: {@code plan.sections[0].title: required field is missing}. */
    public String rendered() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public String toString() {
        return rendered();
    }
}
