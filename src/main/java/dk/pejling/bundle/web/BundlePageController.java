package dk.pejling.bundle.web;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.bundle.InvalidBundleException;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanAlreadyExistsException;
import dk.pejling.plan.PlanService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload of a plan bundle from a file, and download of a plan as one, in the pages. */
@Controller
class BundlePageController {

    private final BundleImporter importer;
    private final PlanService plans;
    private final MessageSourceAccessor texts;

    BundlePageController(BundleImporter importer, PlanService plans, MessageSourceAccessor texts) {
        this.importer = importer;
        this.plans = plans;
        this.texts = texts;
    }

    @GetMapping("/plans/upload")
    String form() {
        return "bundle/upload";
    }

    @PostMapping("/plans/upload")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        model.addAttribute("fileName", name);
        if (file.isEmpty()) {
            model.addAttribute("problem", texts.getMessage("upload.error.noFile"));
            return "bundle/upload";
        }
        BundleFormat format = BundleFormat.fromFileName(name).orElse(null);
        if (format == null) {
            model.addAttribute("problem", texts.getMessage("upload.error.format", new Object[] {name}));
            return "bundle/upload";
        }
        try {
            BundleImporter.Imported imported =
                    importer.importBundle(new String(file.getBytes(), StandardCharsets.UTF_8), format, replace);
            String message = texts.getMessage(imported.replaced() ? "upload.replaced" : "upload.imported");
            if (htmx != null) {
                // progress: sent by htmx, the result is swapped into the upload page, which stays as it was
                model.addAttribute("message", message);
                model.addAttribute("planId", imported.planId());
                model.addAttribute("planTitle",
                        plans.find(imported.planId()).map(Plan::title).orElse(texts.getMessage("upload.thePlan")));
                return "bundle/upload";
            }
            redirect.addFlashAttribute("message", message);
            redirect.addFlashAttribute("uploadResult", true);
            return "redirect:/plans/" + imported.planId();
        } catch (InvalidBundleException e) {
            model.addAttribute("problem", e.errors().size() == 1
                    ? texts.getMessage("upload.error.invalid.one")
                    : texts.getMessage("upload.error.invalid.many", new Object[] {e.errors().size()}));
            model.addAttribute("errors", e.errors());
            return "bundle/upload";
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            model.addAttribute("problem", texts.getMessage("upload.error.tooLong"));
            return "bundle/upload";
        } catch (PlanAlreadyExistsException e) {
            model.addAttribute("problem", texts.getMessage("upload.error.exists", new Object[] {e.planId()}));
            return "bundle/upload";
        }
    }

    @GetMapping("/plans/{planId}/bundle.{extension}")
    ResponseEntity<String> download(@PathVariable String planId, @PathVariable String extension) {
        BundleFormat format = BundleFormat.fromFileName("x." + extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String text = importer.export(planId, format).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + planId + "." + format.fileExtension() + "\"")
                .body(text);
    }
}
