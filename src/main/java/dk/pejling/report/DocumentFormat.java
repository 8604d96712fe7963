package dk.pejling.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a committee document is written in. */
public enum DocumentFormat {
    HTML("text/html;charset=UTF-8"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentFormat> fromExtension(String extension) {
        for (DocumentFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
