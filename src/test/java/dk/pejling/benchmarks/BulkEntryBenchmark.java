package dk.pejling.benchmarks;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.BulkEntryException;
import dk.pejling.rounds.BulkEntryService;
import dk.pejling.rounds.BulkResult;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * A results upload of 10.000 rows into a round over the synthetic plan of 2.000 initiatives × 5
 * goals: accepted (every row changes its goal, so every call saves 10.000 entries and versions), as
 * CSV and as XLSX; and the same file with 1.000 bad rows, refused with all 1.000 errors listed.
 * {@code reject} is the baseline: it reads and checks everything an acceptance does, and saves nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkEntryBenchmark {

    private static final int ROWS = 10_000;
    private static final String HEADER = "Mål-id;Indsats-id;Enheds-id;Værdi;Opgjort pr.;Bemærkning\r\n";

    @Param({"h2", "postgres"})
    public String database;

    private ConfigurableApplicationContext context;
    private BulkEntryService bulk;
    private Actor planner;
    private String planId;
    private long roundId;
    private final byte[][] csv = new byte[2][];
    private final byte[][] xlsx = new byte[2][];
    private byte[] bad;
    private int turn;

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = BenchmarkApplication.start(database);
        Plan plan = SyntheticPlans.generate("bulk-2000", 2000, 5, 4, 42);
        planId = plan.id();
        context.getBean(BundleImporter.class).importBundle(new PlanBundleWriter().write(plan, BundleFormat.YAML),
                BundleFormat.YAML, true);
        planner = new Actor("admin", Role.ADMIN, Set.of());
        Round round = context.getBean(RoundService.class).open(planner, planId, Period.year(2022), LocalDate.of(2023, 1, 31),
                plan.allInitiatives().stream().map(Initiative::id).toList(), List.of());
        roundId = round.id();
        bulk = context.getBean(BulkEntryService.class);
        List<BulkEntryService.TemplateRow> rows = distinctGoals(bulk.template(planner, planId, roundId));
        if (rows.size() != ROWS) {
            throw new IllegalStateException("the round has " + rows.size() + " goals, not " + ROWS);
        }
        for (int v = 0; v < 2; v++) {
            csv[v] = csv(rows, v, false);
            xlsx[v] = xlsx(rows, v);
        }
        bad = csv(rows, 0, true);
        try {
            bulk.upload(planner, planId, roundId, bad, BulkEntryService.Format.CSV);
            throw new IllegalStateException("the bad file was accepted");
        } catch (BulkEntryException e) {
            if (e.errors().size() != ROWS / 10) {
                throw new IllegalStateException(e.errors().size() + " errors, not " + ROWS / 10);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public BulkResult acceptCsv() {
        return accept(csv[turn++ % 2], BulkEntryService.Format.CSV);
    }

    @Benchmark
    public BulkResult acceptXlsx() {
        return accept(xlsx[turn++ % 2], BulkEntryService.Format.XLSX);
    }

    @Benchmark
    public int reject() {
        try {
            bulk.upload(planner, planId, roundId, bad, BulkEntryService.Format.CSV);
        } catch (BulkEntryException e) {
            return e.errors().size();
        }
        throw new IllegalStateException("accepted");
    }

    private BulkResult accept(byte[] file, BulkEntryService.Format format) {
        BulkResult result = bulk.upload(planner, planId, roundId, file, format);
        if (result.saved() != ROWS) {
            throw new IllegalStateException("saved " + result.saved());
        }
        return result;
    }

    /** One row per goal (the template has one per goal and unit): the goal's first unit reports. */
    private static List<BulkEntryService.TemplateRow> distinctGoals(List<BulkEntryService.TemplateRow> rows) {
        Set<String> seen = new LinkedHashSet<>();
        return rows.stream().filter(r -> seen.add(r.goalId())).toList();
    }

    /** Values differ between variant 0 and 1, so that each upload changes every goal; every tenth row of a bad file is not a number. */
    private static byte[] csv(List<BulkEntryService.TemplateRow> rows, int variant, boolean tenthBad) {
        StringBuilder s = new StringBuilder(HEADER);
        int i = 0;
        for (BulkEntryService.TemplateRow r : rows) {
            String value = tenthBad && i % 10 == 0 ? "mange" : (100 + i % 500) + "," + variant;
            s.append(r.goalId()).append(';').append(r.initiativeId()).append(';').append(r.unitId()).append(';')
                    .append(value).append(";31.12.2022;Bemærkning ").append(variant).append(" til række ").append(i)
                    .append("\r\n");
            i++;
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<BulkEntryService.TemplateRow> rows, int variant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Pejling", "1.0");
        Worksheet ws = wb.newWorksheet("Resultater");
        String[] header = HEADER.strip().split(";");
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        int r = 1;
        for (BulkEntryService.TemplateRow row : rows) {
            ws.value(r, 0, row.goalId());
            ws.value(r, 1, row.initiativeId());
            ws.value(r, 2, row.unitId());
            ws.value(r, 3, 100 + r % 500 + variant / 10.0);
            ws.value(r, 4, LocalDate.of(2022, 12, 31));
            ws.value(r, 5, "Bemærkning " + variant + " til række " + r);
            r++;
        }
        wb.finish();
        return out.toByteArray();
    }
}
