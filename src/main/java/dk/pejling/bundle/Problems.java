package dk.pejling.bundle;

import java.util.ArrayList;
import java.util.List;

/** The errors found so far while reading one bundle, in the order they were found. */
final class Problems {

    private final List<BundleError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new BundleError(path, message));
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<BundleError> list() {
        return List.copyOf(errors);
    }
}
