package dk.pejling.report;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The five seeds: their demo plans, their source texts, and their documents written as HTML and parsed back. */
final class Seeds {

    static final String STATUS_PLAN = "kk-integrationshandleplan-2019-22";
    static final String QUARTERLY_PLAN = "kk-beskaeftigelsesaftale-2009";
    static final String CATALOGUE_PLAN = "kk-bruttokatalog-integrationshandleplan-2019-22";
    static final String ACTION_PLAN = "kk-biu-handleplan-beskaeftigelse-integration";
    static final String GRANT_PLAN = "kk-jobkonsulentpulje-2007";

    private Seeds() {}

    static Plan plan(String id) {
        return new PlanBundleReader().read(resource("/demo/" + id + ".yaml"), BundleFormat.YAML);
    }

    /** The source text of a seed ({@code 000} … {@code 004}). */
    static String source(String number) {
        String name = switch (number) {
            case "000" -> "000_d5ab0cf8f595660e.txt";
            case "001" -> "001_9086a9bc9dc8a332.txt";
            case "002" -> "002_bf6ed4a4fc2a1b54.txt";
            case "003" -> "003_8629250c46b2c2d7.txt";
            case "004" -> "004_2197f40ab2f52e44.txt";
            default -> throw new IllegalArgumentException(number);
        };
        return resource("/seeds/" + name);
    }

    /** The text with each listed spelling of the source replaced by the plan's (typos, OCR and line-break damage). */
    static String corrected(String text, java.util.Map<String, String> corrections) {
        String out = text;
        for (java.util.Map.Entry<String, String> c : corrections.entrySet()) {
            out = out.replace(c.getKey(), c.getValue());
        }
        return out;
    }

    /** The plan's own document (its suggested type and default periods), built and written as HTML. */
    static CommitteeDocument document(String planId) {
        Plan plan = plan(planId);
        DocumentType type = DocumentTypes.suggestedFor(plan);
        DocumentBuilder builder = CommitteeDocuments.builder(type);
        return builder.build(plan, builder.defaultPeriods(plan));
    }

    static Document html(CommitteeDocument document) {
        byte[] bytes = new HtmlDocumentWriter().write(document);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    static Document html(String planId) {
        return html(document(planId));
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
