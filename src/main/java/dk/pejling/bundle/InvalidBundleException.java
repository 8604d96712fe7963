package dk.pejling.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that could not be read as a plan, with every error found in it. */
public class InvalidBundleException extends RuntimeException {

    private final List<BundleError> errors;

    public InvalidBundleException(List<BundleError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<BundleError> errors() {
        return errors;
    }

    private static String summary(List<BundleError> errors) {
        String head = errors.size() == 1 ? "The plan bundle has 1 error:" : "The plan bundle has " + errors.size() + " errors:";
        return errors.stream().limit(20).map(BundleError::rendered).collect(Collectors.joining("\n  ", head + "\n  ", ""));
    }
}
