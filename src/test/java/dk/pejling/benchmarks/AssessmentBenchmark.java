package dk.pejling.benchmarks;

import dk.pejling.assessment.PlanAssessor;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.shared.Period;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the assessments API does for the synthetic plan of 100 initiatives × 5 goals × 12 periods:
 * read the plan from the embedded database and judge every goal in every period. {@code readPlan}
 * alone is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessmentBenchmark {

    private ConfigurableApplicationContext context;
    private PlanService plans;
    private List<Period> periods;

    @Setup(Level.Trial)
    public void start() {
        context = BenchmarkApplication.start("h2");
        plans = context.getBean(PlanService.class);
        Plan plan = SyntheticPlans.generate("synthetic-100", 100, 5, 12, 42);
        plans.replace(plan);
        TreeSet<Period> all = new TreeSet<>();
        for (Goal g : plan.allGoals()) {
            g.results().forEach(r -> all.add(r.period()));
        }
        periods = List.copyOf(all);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Object readPlan() {
        return plans.find("synthetic-100").orElseThrow();
    }

    @Benchmark
    public Object readAndAssessEveryGoalAndPeriod() {
        return PlanAssessor.assess(plans.find("synthetic-100").orElseThrow(), periods);
    }
}
