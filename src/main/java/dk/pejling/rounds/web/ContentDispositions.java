package dk.pejling.rounds.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/** The file name a client gives in a Content-Disposition header, or null. */
final class ContentDispositions {

    private ContentDispositions() {}

    static @Nullable String filename(String header) {
        try {
            return ContentDisposition.parse(header.startsWith("attachment") || header.startsWith("inline")
                            || header.startsWith("form-data") ? header : "attachment; " + header)
                    .getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
