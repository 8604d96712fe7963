package dk.pejling.bundle;

import dk.pejling.plan.Plan;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a plan as a bundle: JSON indented by two spaces, or block-style YAML that a planner can
 * read and edit (lists indented under their field, multi-line text as {@code |} blocks, quotes only
 * where YAML needs them, no tags). Numbers are written plain, never with an exponent.
 */
public class PlanBundleWriter {

    private final PlanTreeWriter tree = new PlanTreeWriter();

    private final ObjectWriter json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer()
            .with(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .stringQuotingChecker(new BundleQuoting())
                    .build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The bundle text, ending with a line break. */
    public String write(Plan plan, BundleFormat format) {
        ObjectNode bundle = tree.bundle(plan);
        if (format == BundleFormat.YAML) {
            return yaml.writeValueAsString(bundle);
        }
        return json.writeValueAsString(bundle) + "\n";
    }

    /** The bundle as UTF-8 bytes. */
    public byte[] writeBytes(Plan plan, BundleFormat format) {
        return write(plan, format).getBytes(StandardCharsets.UTF_8);
    }
}
