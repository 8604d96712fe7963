package dk.pejling.bundle;

import java.util.Locale;
import java.util.Optional;

/** The two spellings of a plan bundle: JSON, and YAML with the same structure. */
public enum BundleFormat {
    JSON("application/json", "json"),
    YAML("application/yaml", "yaml");

    private final String mediaType;
    private final String fileExtension;

    BundleFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension an export is named with, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The format of a media type such as {@code application/json; charset=UTF-8}, {@code
     * application/x-yaml} or {@code text/yaml}; empty for any other type.
     */
    public static Optional<BundleFormat> fromMediaType(String mediaType) {
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String subtype = type.substring(slash + 1);
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return Optional.of(JSON);
        }
        if (subtype.equals("yaml") || subtype.equals("x-yaml") || subtype.endsWith("+yaml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /** The format of a file named {@code plan.json}, {@code plan.yaml} or {@code plan.yml}. */
    public static Optional<BundleFormat> fromFileName(String fileName) {
        String name = fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
