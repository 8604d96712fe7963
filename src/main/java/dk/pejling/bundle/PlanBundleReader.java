package dk.pejling.bundle;

import dk.pejling.plan.Plan;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan bundle (JSON or YAML text) into a {@link Plan}. A bundle with errors gives no
 * plan but the list of all its errors, each with the path of the field it concerns.
 */
public class PlanBundleReader {

    private final BundleParser parser = new BundleParser();

    /** The plan in the bundle; throws {@link InvalidBundleException} with every error found. */
    public Plan read(String text, BundleFormat format) {
        Problems problems = new Problems();
        Plan plan = read(text, format, problems);
        if (plan == null) {
            throw new InvalidBundleException(problems.list());
        }
        return plan;
    }

    /** As {@link #read(String, BundleFormat)}, for UTF-8 bytes (a leading byte order mark is allowed). */
    public Plan read(byte[] bytes, BundleFormat format) {
        return read(decode(bytes), format);
    }

    /** Every error in the bundle, in the order found; empty where it reads as a plan. */
    public List<BundleError> check(String text, BundleFormat format) {
        Problems problems = new Problems();
        read(text, format, problems);
        return problems.list();
    }

    public List<BundleError> check(byte[] bytes, BundleFormat format) {
        try {
            return check(decode(bytes), format);
        } catch (InvalidBundleException e) {
            return e.errors();
        }
    }

    private @org.jspecify.annotations.Nullable Plan read(String text, BundleFormat format, Problems problems) {
        JsonNode tree = parser.parse(text, format, problems);
        return tree == null ? null : new PlanTreeReader(problems).read(tree);
    }

    private static String decode(byte[] bytes) {
        if (bytes.length > BundleParser.MAX_CHARS) {
            throw new InvalidBundleException(List.of(
                    new BundleError("", "the bundle is larger than " + BundleParser.MAX_CHARS / (1024 * 1024) + " MB")));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidBundleException(List.of(new BundleError("", "the bundle is not UTF-8 text")));
        }
    }
}
