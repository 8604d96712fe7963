package dk.pejling.report.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's committee documents over the API:
 * {@code GET /api/v1/plans/{id}/documents/status.html?periods=2019,2020}. Types: status,
 * quarterly-status, catalogue, action-plan, grant-account; formats: html, docx, pdf, xlsx where
 * the application has a writer for them. Without periods, the type's own choice.
 */
@RestController
class DocumentApiController {

    private final DocumentDownloads downloads;

    DocumentApiController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/plans/{planId}/documents/{type}.{format}")
    ResponseEntity<byte[]> document(
            @PathVariable String planId,
            @PathVariable String type,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable List<String> periods,
            @RequestParam(required = false) @Nullable String asOf) {
        return downloads.download(planId, type, format, periods, asOf);
    }
}
