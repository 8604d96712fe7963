package dk.pejling.report.web;

import dk.pejling.plan.AsOf;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanVisibility;
import dk.pejling.report.CommitteeDocument;
import dk.pejling.report.CommitteeDocuments;
import dk.pejling.report.DocumentFormat;
import dk.pejling.report.DocumentType;
import dk.pejling.report.DocumentWriter;
import dk.pejling.report.HtmlDocumentWriter;
import dk.pejling.report.InvalidPeriodsException;
import dk.pejling.shared.Period;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A committee document as a download: the plan, type, format and periods from the address, the
 * writer for the format among those the application has. An unknown plan, type or format, or a
 * format no writer writes yet, is not found; periods that cannot be read, or lie outside the plan,
 * are a bad request.
 */
@Component
class DocumentDownloads {

    private final PlanVisibility visibility;
    private final CommitteeDocuments documents;
    private final Map<DocumentFormat, DocumentWriter> writers = new EnumMap<>(DocumentFormat.class);

    DocumentDownloads(PlanVisibility visibility, CommitteeDocuments documents, List<DocumentWriter> writers) {
        this.visibility = visibility;
        this.documents = documents;
        writers.forEach(w -> this.writers.putIfAbsent(w.format(), w));
    }

    /** The formats there is a writer for, in the enum's order. */
    List<DocumentFormat> formats() {
        return List.copyOf(writers.keySet());
    }

    ResponseEntity<byte[]> download(String planId, String typeCode, String extension, @Nullable List<String> periods) {
        return download(planId, typeCode, extension, periods, null);
    }

    /** {@code asOf} (a date or instant, see {@link AsOf}) makes the document of the plan as it stood then. */
    ResponseEntity<byte[]> download(
            String planId, String typeCode, String extension, @Nullable List<String> periods, @Nullable String asOf) {
        Instant at = AsOf.parse(asOf);
        Plan plan = visibility.find(planId, at).orElseThrow(() -> notFound(at == null
                ? "Der er ingen plan " + planId + "."
                : "Planen " + planId + " fandtes ikke " + asOf + "."));
        return download(plan, typeCode, extension, periods);
    }

    /** The document of a plan already read, such as the public's view of a published plan. */
    ResponseEntity<byte[]> download(Plan plan, String typeCode, String extension, @Nullable List<String> periods) {
        DocumentType type = DocumentType.fromCode(typeCode).orElseThrow(() -> notFound("Der er ingen dokumenttype " + typeCode + "."));
        DocumentFormat format = DocumentFormat.fromExtension(extension)
                .orElseThrow(() -> notFound("Der er intet dokumentformat " + extension + "."));
        DocumentWriter writer = writers.get(format);
        if (writer == null) {
            throw notFound("Pejling kan endnu ikke skrive dokumenter som " + extension + ".");
        }
        List<Period> covered;
        try {
            covered = documents.periods(plan, type, parse(periods));
        } catch (InvalidPeriodsException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        CommitteeDocument document = documents.build(plan, type, covered);
        byte[] body = writer.write(document);
        String filename = plan.id() + "-" + type.code() + "-"
                + covered.stream().map(Period::toString).collect(Collectors.joining("_")) + "." + format.extension();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(format.mediaType()));
        // a web page opens in the browser; the office formats are saved
        headers.setContentDisposition((format == DocumentFormat.HTML ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(filename, StandardCharsets.UTF_8)
                .build());
        if (format == DocumentFormat.HTML) {
            headers.set("Content-Security-Policy", HtmlDocumentWriter.contentSecurityPolicy());
        }
        headers.set("X-Content-Type-Options", "nosniff");
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    static List<Period> parse(@Nullable List<String> periods) {
        return CommitteeDocuments.parsePeriods(periods == null ? null : String.join(",", periods));
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
