package dk.pejling.backup.web;

import dk.pejling.backup.BackupRefusedException;
import dk.pejling.backup.InstallationBackup;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's page for backup: download the whole installation, or restore one into an empty installation. */
@Controller
class BackupPageController {

    private final InstallationBackup backup;
    private final Clock clock;
    private final MessageSourceAccessor texts;

    BackupPageController(InstallationBackup backup, Clock clock, MessageSourceAccessor texts) {
        this.backup = backup;
        this.clock = clock;
        this.texts = texts;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        model.addAttribute("schemaVersion", backup.schemaVersion());
        return "backup/backup";
    }

    @GetMapping("/admin/backup/download")
    void download(HttpServletResponse response) throws IOException {
        BackupApiController.send(backup, clock, response);
    }

    @PostMapping("/admin/backup/restore")
    String restore(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        model.addAttribute("schemaVersion", backup.schemaVersion());
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", texts.getMessage("backup.noFile"));
            return "backup/backup";
        }
        try (InputStream in = file.getInputStream()) {
            InstallationBackup.Restored restored = backup.restore(in);
            int rows = restored.rows().values().stream().mapToInt(Integer::intValue).sum();
            model.addAttribute("message", texts.getMessage("backup.restored", new Object[] {rows, restored.rows().size()}));
        } catch (BackupRefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", switch (e.kind()) {
                case "not-empty" -> texts.getMessage("backup.error.notEmpty");
                case "wrong-version" -> texts.getMessage("backup.error.wrongVersion", new Object[] {e.getMessage()});
                default -> texts.getMessage("backup.error.notABackup", new Object[] {e.getMessage()});
            });
        }
        return "backup/backup";
    }
}
