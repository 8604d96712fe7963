package dk.pejling.benchmarks;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.SyntheticPlans;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import and export of the synthetic plan of 100 initiatives × 5 goals × 12 periods, on H2 and on
 * PostgreSQL. {@code readOnly} (parsing and checking the bundle, no database) is the baseline that
 * the import is compared with in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundleBenchmark {

    @Param({"h2", "postgres"})
    public String database;

    private ConfigurableApplicationContext context;
    private BundleImporter importer;
    private String yaml;
    private String planId;

    @Setup(Level.Trial)
    public void start() {
        context = BenchmarkApplication.start(database);
        importer = context.getBean(BundleImporter.class);
        Plan plan = SyntheticPlans.generate("synthetic-100", 100, 5, 12, 42);
        planId = plan.id();
        yaml = new PlanBundleWriter().write(plan, BundleFormat.YAML);
        importer.importBundle(yaml, BundleFormat.YAML, true);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Object readOnly() {
        return new PlanBundleReader().read(yaml, BundleFormat.YAML);
    }

    @Benchmark
    public Object importReplacing() {
        return importer.importBundle(yaml, BundleFormat.YAML, true);
    }

    @Benchmark
    public Object export() {
        return importer.export(planId, BundleFormat.YAML).orElseThrow();
    }
}
