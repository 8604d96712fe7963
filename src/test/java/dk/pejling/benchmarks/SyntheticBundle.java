package dk.pejling.benchmarks;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.SyntheticPlans;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic plan of the load tests (100 initiatives × 5 goals × 12 periods, seed 42) as a
 * JSON bundle, for {@code scripts/load-dashboard.sh} to import through the bundle API.
 * Usage: {@code SyntheticBundle <file>}.
 */
public final class SyntheticBundle {

    private SyntheticBundle() {}

    public static void main(String[] args) throws Exception {
        var plan = SyntheticPlans.generate("synthetic-100", 100, 5, 12, 42);
        Files.write(Path.of(args[0]), new PlanBundleWriter().writeBytes(plan, BundleFormat.JSON));
    }
}
