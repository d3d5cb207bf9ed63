package org.regionaltc.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regionaltc.system.NotFound;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The IATI page: upload a file (up to 50 MB; larger ones go through the CLI) to validate it, or to import it. */
@Controller
class IatiController {

    /** How long the upload's request waits for its import: a small file's summary comes with the page itself. */
    static final long WAIT_MILLIS = 2000;

    private final ImportJobs jobs;

    IatiController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/iati")
    String page() {
        return "iati/upload";
    }

    @PostMapping("/iati/validate")
    String validate(@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return "iati/upload";
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", new IatiValidator().validate(in, name(file), null));
        }
        return "iati/upload";
    }

    @PostMapping("/iati/import")
    String importFile(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean atomic, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return "iati/upload";
        }
        Path upload = Files.createTempFile("iati-upload-", ".xml");
        try {
            file.transferTo(upload);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
        ImportJob job = jobs.start(upload, name(file), atomic);
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (!job.done() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        model.addAttribute("job", job);
        return "iati/upload";
    }

    /** The import's progress, polled by the page (HTMX) every second until its summary is there. */
    @GetMapping("/iati/import/{importId}")
    String importProgress(@PathVariable String importId, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        ImportJob job = jobs.find(importId).orElseThrow(() -> new NotFound("Import", importId));
        model.addAttribute("job", job);
        return htmx != null ? "iati/upload :: job" : "iati/upload";
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.xml" : name;
    }
}
