package dk.pejling.backup.web;

import dk.pejling.backup.BackupRefusedException;
import dk.pejling.backup.InstallationBackup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's backup over the API, for administrators: {@code GET /api/v1/backup} answers
 * the ZIP; {@code POST /api/v1/restore} with the ZIP as body restores it into an empty installation.
 */
@RestController
class BackupApiController {

    private final InstallationBackup backup;
    private final Clock clock;

    BackupApiController(InstallationBackup backup, Clock clock) {
        this.backup = backup;
        this.clock = clock;
    }

    @GetMapping("/api/v1/backup")
    void backup(HttpServletResponse response) throws IOException {
        send(backup, clock, response);
    }

    @PostMapping(path = "/api/v1/restore", consumes = {"application/zip", "application/octet-stream"})
    Map<String, Object> restore(HttpServletRequest request) throws IOException {
        InstallationBackup.Restored restored = backup.restore(request.getInputStream());
        return Map.of("schemaVersion", restored.schemaVersion(), "rows", restored.rows());
    }

    @ExceptionHandler(BackupRefusedException.class)
    ProblemDetail refused(BackupRefusedException e) {
        HttpStatus status = e.kind().equals("invalid-backup") ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("/problems/" + e.kind()));
        problem.setTitle(switch (e.kind()) {
            case "not-empty" -> "Installation not empty";
            case "wrong-version" -> "Different schema version";
            default -> "Invalid backup";
        });
        return problem;
    }

    static void send(InstallationBackup backup, Clock clock, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"pejling-backup-" + LocalDate.now(clock) + ".zip\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        backup.export(response.getOutputStream());
        response.flushBuffer();
    }
}
