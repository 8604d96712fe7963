package dk.pejling.bundle;

import java.io.Reader;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Turns bundle text into a tree, safely: the text is limited in size and nesting, numbers are
 * read as exact decimals, a field written twice is an error, and YAML aliases are refused. Jackson
 * does not expand an alias but reads it as the anchor's name, which would turn a shared value
 * into a wrong string; refusing it also ends a "billion laughs" bundle at its first alias.
 */
final class BundleParser {

    /** 20 MB: the largest seed bundle is far below 1 MB. */
    static final int MAX_CHARS = 20 * 1024 * 1024;

    /** A plan tree needs some 8 levels per section level; 200 allows sections 20 deep. */
    static final int MAX_DEPTH = 200;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxDocumentLength(MAX_CHARS)
            .maxNumberLength(100)
            .build();

    private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder()
                            .setCodePointLimit(MAX_CHARS + 1)
                            .setAllowRecursiveKeys(false)
                            .build())
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // With its own load settings Jackson reads "text:" as empty text; YAML means null.
                    .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The tree, or null where the text cannot be parsed (the reason is in {@code problems}). */
    @Nullable JsonNode parse(String text, BundleFormat format, Problems problems) {
        if (text.length() > MAX_CHARS) {
            problems.add("", "the bundle is larger than " + MAX_CHARS / (1024 * 1024) + " MB");
            return null;
        }
        if (text.isBlank()) {
            problems.add("", "the bundle is empty");
            return null;
        }
        try {
            JsonNode tree = format == BundleFormat.YAML ? parseYaml(text) : json.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                problems.add("", "the bundle is empty");
                return null;
            }
            return tree;
        } catch (StreamConstraintsException e) {
            problems.add("", limitMessage(e));
        } catch (RefusedYaml e) {
            problems.add("", e.getMessage());
        } catch (JacksonException e) {
            problems.add("", syntaxMessage(e));
        } catch (YamlEngineException e) {
            problems.add("", yamlMessage(e, null));
        }
        return null;
    }

    private JsonNode parseYaml(String text) {
        YAMLParser yamlParser = (YAMLParser) yaml.createParser(new SurrogateSafeReader(text));
        try (JsonParser parser = new AliasRefusingParser(yamlParser)) {
            return yaml.readTree(parser);
        } catch (MismatchedInputException e) {
            // In YAML the only thing that can follow the bundle is a second document.
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                // Jackson places it at the end of the text, so no line is given.
                throw new RefusedYaml("a plan bundle is one YAML document; remove the second (---)");
            }
            throw e;
        }
    }

    private static String limitMessage(StreamConstraintsException e) {
        String original = e.getOriginalMessage();
        if (original.contains("nesting depth")) {
            return "the bundle is nested deeper than " + MAX_DEPTH + " levels";
        }
        if (original.contains("Number value length")) {
            return at(e.getLocation()) + "a number is longer than 100 digits";
        }
        if (original.contains("document length")) {
            return "the bundle is larger than " + MAX_CHARS / (1024 * 1024) + " MB";
        }
        return at(e.getLocation()) + original;
    }

    private static String syntaxMessage(JacksonException e) {
        if (e.getCause() instanceof YamlEngineException yamlError) {
            return yamlMessage(yamlError, e.getLocation());
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            message = "there is more after the end of the bundle";
        } else if (message.startsWith("Duplicate Object property")) {
            message = message.replace("Duplicate Object property", "a field is written twice:");
        }
        // Jackson explains its own configuration in parentheses and after a newline; the user needs neither.
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return at(e.getLocation()) + message;
    }

    private static String yamlMessage(YamlEngineException e, @Nullable TokenStreamLocation fallback) {
        if (e instanceof MarkedYamlEngineException marked) {
            Optional<Mark> mark = marked.getProblemMark();
            String problem = marked.getProblem();
            String where = mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ")
                    .orElse(at(fallback));
            return where + problem;
        }
        String message = e.getMessage();
        if (message != null && message.contains("exceeds the limit")) {
            return "the bundle is larger than " + MAX_CHARS / (1024 * 1024) + " MB";
        }
        return at(fallback) + message;
    }

    private static String at(@Nullable TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /**
     * Hands the text to the YAML scanner in chunks that never end between the two halves of a
     * character outside the BMP (an emoji, say). snakeyaml-engine 3.0.1 fails with an
     * IndexOutOfBoundsException when a chunk of 1024 ends in a high surrogate.
     */
    static final class SurrogateSafeReader extends Reader {
        private final String text;
        private int next;

        SurrogateSafeReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next >= text.length()) {
                return -1;
            }
            int end = Math.min(text.length(), next + length);
            if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text.getChars(next, end, buffer, offset);
            int read = end - next;
            next = end;
            return read;
        }

        @Override
        public void close() {}
    }

    /** YAML that is valid but not a bundle: an alias, a second document. The message says where. */
    private static final class RefusedYaml extends RuntimeException {
        RefusedYaml(String message) {
            super(message, null, false, false);
        }
    }

    private static final class AliasRefusingParser extends JsonParserDelegate {
        private final YAMLParser yaml;

        AliasRefusingParser(YAMLParser yaml) {
            super(yaml);
            this.yaml = yaml;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            if (yaml.isCurrentAlias()) {
                throw new RefusedYaml(at(yaml.currentTokenLocation())
                        + "YAML aliases (*" + yaml.getString() + ") are not allowed in a plan bundle; write the value out");
            }
            return token;
        }
    }
}
