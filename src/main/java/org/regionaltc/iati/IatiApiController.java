package org.regionaltc.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/iati/validate} and {@code /api/iati/import}: the CLI's JSON, for one uploaded file. */
@RestController
class IatiApiController {

    private final IatiImport importer;

    IatiApiController(IatiImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/iati/validate", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> validate(@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
        FileReport report;
        try (InputStream in = required(file).getInputStream()) {
            report = new IatiValidator().validate(in, IatiController.name(file), null);
        }
        StringWriter json = new StringWriter();
        ReportFormat.json(List.of(report), new PrintWriter(json));
        return ResponseEntity.ok(json.toString());
    }

    @PostMapping(path = "/api/iati/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> importFile(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean atomic) throws IOException {
        IatiImport.Summary summary;
        try (InputStream in = required(file).getInputStream()) {
            summary = importer.run(in, IatiController.name(file), atomic, null);
        }
        StringWriter json = new StringWriter();
        ReportFormat.importJson(List.of(summary), new PrintWriter(json));
        return ResponseEntity.ok(json.toString());
    }

    private static MultipartFile required(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "error.file.iati");
        }
        return file;
    }
}
