package dk.pejling.rounds.web;

import dk.pejling.rounds.BulkEntryService;
import dk.pejling.rounds.BulkResult;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk entry in the API: a round's results template as XLSX or CSV, and the upload of a filled-in
 * sheet (multipart with a part {@code file}, or the file as the body). A file with errors saves
 * nothing and answers 422 with every error's row and column.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/rounds/{roundId}")
class BulkApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BulkEntryService bulk;
    private final Actors actors;

    BulkApiController(BulkEntryService bulk, Actors actors) {
        this.bulk = bulk;
        this.actors = actors;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        return file(planId, roundId, auth, BulkEntryService.Format.XLSX);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planId, @PathVariable long roundId, Authentication auth) {
        return file(planId, roundId, auth, BulkEntryService.Format.CSV);
    }

    @PostMapping(path = "/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BulkResult uploadPart(@PathVariable String planId, @PathVariable long roundId, @RequestPart("file") MultipartFile file,
            Authentication auth) throws IOException {
        return bulk.upload(actors.of(auth), planId, roundId, file.getBytes(),
                BulkEntryService.Format.of(file.getOriginalFilename(), file.getContentType()));
    }

    @PostMapping(path = "/results", consumes = {XLSX, "text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    BulkResult uploadBody(@PathVariable String planId, @PathVariable long roundId, @RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(name = "Content-Disposition", required = false) @Nullable String disposition,
            Authentication auth) {
        String filename = disposition == null ? null : ContentDispositions.filename(disposition);
        return bulk.upload(actors.of(auth), planId, roundId, body, BulkEntryService.Format.of(filename, contentType));
    }

    private ResponseEntity<byte[]> file(String planId, long roundId, Authentication auth, BulkEntryService.Format format) {
        byte[] body = bulk.templateFile(actors.of(auth), planId, roundId, format);
        String name = "resultater-" + planId + "-runde-" + roundId + (format == BulkEntryService.Format.XLSX ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(format == BulkEntryService.Format.XLSX
                        ? MediaType.parseMediaType(XLSX)
                        : MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
