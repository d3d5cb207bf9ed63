package org.regionaltc.iati;

import java.io.IOException;
import java.io.InputStream;
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

    private final IatiImport importer;

    IatiController(IatiImport importer) {
        this.importer = importer;
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
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("summary", importer.run(in, name(file), atomic, null));
        }
        return "iati/upload";
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.xml" : name;
    }
}
