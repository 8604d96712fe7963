package dk.pejling.bundle.web;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.AsOf;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Plan bundles over the API: import (JSON or YAML), export by {@code Accept}, and the format's JSON Schema. */
@RestController
class BundleApiController {

    private final BundleImporter importer;

    BundleApiController(BundleImporter importer) {
        this.importer = importer;
    }

    @PostMapping(
            path = "/api/v1/bundles",
            consumes = {"application/json", "application/yaml", "application/x-yaml", "text/yaml"})
    ResponseEntity<Map<String, Object>> importBundle(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody String body,
            @RequestParam(defaultValue = "false") boolean replace) {
        BundleFormat format = BundleFormat.fromMediaType(contentType)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        BundleImporter.Imported imported = importer.importBundle(body, format, replace);
        URI location = URI.create("/api/v1/plans/" + imported.planId());
        Map<String, Object> answer = Map.of("id", imported.planId(), "replaced", imported.replaced());
        return imported.replaced()
                ? ResponseEntity.ok().location(location).body(answer)
                : ResponseEntity.created(location).body(answer);
    }

    @GetMapping(path = "/api/v1/plans/{planId}/bundle")
    ResponseEntity<String> exportBundle(
            @PathVariable String planId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(required = false) String asOf) {
        BundleFormat format = formatFor(accept);
        Instant at = AsOf.parse(asOf);
        BundleImporter.Exported exported = importer.export(planId, format, at)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, at == null
                        ? "There is no plan " + planId + "."
                        : "There was no plan " + planId + " at " + at + "."));
        String text = exported.text();
        return withRevision(ResponseEntity.ok(), exported.revision())
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + planId + "." + format.fileExtension() + "\"")
                .body(text);
    }

    @GetMapping(path = "/api/v1/schema/plan-bundle.json", produces = "application/schema+json")
    Resource schema() {
        return new ClassPathResource("schema/plan-bundle.json");
    }

    /** The plan's revision as a strong ETag, which a {@code PUT} names in {@code If-Match}. */
    static ResponseEntity.BodyBuilder withRevision(ResponseEntity.BodyBuilder answer, @Nullable String revision) {
        return revision == null ? answer : answer.eTag("\"" + revision + "\"");
    }

    /** YAML where the client asks for YAML before JSON; JSON otherwise. */
    static BundleFormat formatFor(String accept) {
        if (accept == null || accept.isBlank()) {
            return BundleFormat.JSON;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        org.springframework.util.MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            var format = BundleFormat.fromMediaType(type.toString());
            if (format.isPresent()) {
                return format.get();
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return BundleFormat.JSON;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "A bundle is JSON or YAML.");
    }
}
