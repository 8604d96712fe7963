package dk.pejling.bundle.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A seed document's source text beside the demo bundle made from it, for tests that prove the
 * bundle leaves no row of the source out. Texts are compared after {@link #normalise}, which
 * removes what PDF extraction added (table bars, {@code <br>}, bold marks, hyphenation of lines).
 */
final class SeedSource {

    private final String source;
    private final JsonNode bundle;

    private SeedSource(String source, JsonNode bundle) {
        this.source = source;
        this.bundle = bundle;
    }

    /** Loads {@code seeds/<file>} and {@code demo/<planId>.yaml} from the class path. */
    static SeedSource of(String seedFile, String planId) {
        String text = read("/seeds/" + seedFile);
        JsonNode tree = YAMLMapper.builder().build().readTree(read("/demo/" + planId + ".yaml"));
        return new SeedSource(text, tree);
    }

    static String read(String resource) {
        try (InputStream in = SeedSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String source() {
        return source;
    }

    JsonNode bundle() {
        return bundle;
    }

    /** The source text with markup, table bars and line breaks folded into single spaces. */
    String normalisedSource() {
        return normalise(source);
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("<[^>]+>", " ")
                .replace("**", " ")
                .replace('|', ' ')
                .replace('\u00a0', ' ')
                .replaceAll("[\u201c\u201d\u201e\u00bb\u00ab]", "\"")
                .replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u2013\u2014]", "-");
        return s.replaceAll("\\s+", " ").trim();
    }

    boolean sourceContains(String phrase) {
        return normalisedSource().contains(normalise(phrase));
    }

    /** Every string scalar in the bundle, with its path. */
    List<Map.Entry<String, String>> strings() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        walk(bundle, "", (path, node) -> {
            if (node.isString()) {
                out.add(Map.entry(path, node.asString()));
            }
        });
        return out;
    }

    /** Every number in the bundle, with its path. */
    List<Map.Entry<String, BigDecimal>> numbers() {
        List<Map.Entry<String, BigDecimal>> out = new ArrayList<>();
        walk(bundle, "", (path, node) -> {
            if (node.isNumber()) {
                out.add(Map.entry(path, node.decimalValue()));
            }
        });
        return out;
    }

    boolean bundleHasNumber(BigDecimal n) {
        return numbers().stream().anyMatch(e -> e.getValue().compareTo(n) == 0);
    }

    /** True where some string of the bundle contains the phrase (after normalising both). */
    boolean bundleTextContains(String phrase) {
        String p = normalise(phrase);
        return strings().stream().anyMatch(e -> normalise(e.getValue()).contains(p));
    }

    interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
