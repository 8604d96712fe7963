package dk.pejling.benchmarks;

import dk.pejling.plan.Plan;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.report.CommitteeDocument;
import dk.pejling.report.DocumentWriter;
import dk.pejling.report.DocxDocumentWriter;
import dk.pejling.report.HtmlDocumentWriter;
import dk.pejling.report.PdfDocumentWriter;
import dk.pejling.report.StatusDocumentBuilder;
import dk.pejling.report.WordTemplate;
import dk.pejling.report.XlsxDocumentWriter;
import dk.pejling.shared.Period;
import java.util.List;
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

/**
 * The status document of the synthetic plan (100 initiatives × 5 goals) over four years, written in
 * each format. {@code build} (the format-free document, from the plan and its judgements) is the
 * baseline each format is compared with. Run with {@code -prof gc} for the memory each allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmark {

    @Param({"html", "docx", "xlsx", "pdf"})
    public String format;

    private Plan plan;
    private List<Period> periods;
    private CommitteeDocument document;
    private DocumentWriter writer;

    @Setup(Level.Trial)
    public void setUp() {
        plan = SyntheticPlans.generate("synthetic-100", 100, 5, 4, 42);
        periods = new StatusDocumentBuilder().defaultPeriods(plan);
        document = new StatusDocumentBuilder().build(plan, periods);
        writer = switch (format) {
            case "html" -> new HtmlDocumentWriter();
            case "docx" -> new DocxDocumentWriter(WordTemplate.builtIn());
            case "xlsx" -> new XlsxDocumentWriter();
            default -> new PdfDocumentWriter();
        };
    }

    @Benchmark
    public Object build() {
        return new StatusDocumentBuilder().build(plan, periods);
    }

    @Benchmark
    public byte[] write() {
        return writer.write(document);
    }
}
