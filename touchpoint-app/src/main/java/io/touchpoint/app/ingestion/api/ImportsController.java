package io.touchpoint.app.ingestion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.ingestion.imports.ImportJob;
import io.touchpoint.app.ingestion.imports.ImportJobs;
import io.touchpoint.app.ingestion.imports.ImportKind;
import io.touchpoint.app.ingestion.imports.ImportStatus;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportsController {

    private final ImportJobs imports;

    ImportsController(ImportJobs imports) {
        this.imports = imports;
    }

    /** A job as the API shows it, with links to itself, its error report and its page in the UI. */
    record ImportJobView(long id, String kind, String fileName, String status, long totalBytes, long readBytes,
            int percent, long rowsRead, long rowsOk, long rowsDuplicate, long rowsFailed, long lastLine,
            List<String> warnings, String message, String createdBy, Instant createdAt, Instant startedAt,
            Instant finishedAt, Map<String, String> links) {

        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.id(), j.kind().code(), j.fileName(), j.status().code(), j.totalBytes(),
                    j.readBytes(), j.percent(), j.rowsRead(), j.rowsOk(), j.rowsDuplicate(), j.rowsFailed(),
                    j.lastLine(), j.warnings(), j.message(), j.createdBy(), j.createdAt(), j.startedAt(),
                    j.finishedAt(), Map.of("self", "/api/v1/imports/" + j.id(),
                            "errors", "/api/v1/imports/" + j.id() + "/errors", "page", "/imports/" + j.id()));
        }
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV file sent as the multipart part 'file'",
            description = "kind: customers, transactions, interactions or feedback (reviews and social comments; the "
                    + "fields of /api/v1/feedback as columns). Columns: see docs/imports.md. Answers 202 "
                    + "with the job; poll its self link for progress. A file whose header cannot be used is answered "
                    + "400 naming the problem (the failed job is kept in the list).")
    ResponseEntity<?> uploadFile(@PathVariable String kind,
            @RequestPart(name = "file", required = false) MultipartFile file, Principal principal) throws IOException {
        ImportKind k = kind(kind);
        if (file == null) {
            throw new InvalidInputException("file", "required: the CSV file as a multipart part named 'file'");
        }
        try (InputStream in = file.getInputStream()) {
            return accepted(imports.submit(k, file.getOriginalFilename(), in, name(principal)));
        }
    }

    @PostMapping(path = "/{kind}", consumes = {"text/csv", "application/csv", "text/plain",
            "application/octet-stream"})
    @Operation(summary = "Import a CSV file sent as the request body (Content-Type: text/csv)",
            description = "Same as the multipart form; the optional fileName parameter names the job.")
    ResponseEntity<?> uploadBody(@PathVariable String kind, @RequestParam(required = false) String fileName,
            HttpServletRequest request, Principal principal) throws IOException {
        ImportKind k = kind(kind);
        long declared = request.getContentLengthLong();
        if (declared > imports.maxBytes()) {
            throw new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE.value(), List.of(new FieldError("file",
                    "larger than the limit of " + imports.maxBytes() + " bytes")));
        }
        return accepted(imports.submit(k, fileName, request.getInputStream(), name(principal)));
    }

    @GetMapping
    @Operation(summary = "Recent imports, newest first")
    List<ImportJobView> recent(@RequestParam(defaultValue = "20") int limit) {
        return imports.recent(limit).stream().map(ImportJobView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's status and progress (bytes read of total, rows stored, duplicate, failed)")
    ImportJobView job(@PathVariable long id) {
        return ImportJobView.of(find(id));
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "An import's error report as CSV: row,field,message,raw",
            description = "row is the line of the file where the row starts (the header is line 1). Duplicates are "
                    + "listed too (field id).")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-" + id + "-errors.csv").build().toString());
        imports.writeErrorReport(id, response.getWriter());
    }

    private ImportJob find(long id) {
        return imports.job(id).orElseThrow(() -> new NotFoundException("no import " + id));
    }

    private static ImportKind kind(String kind) {
        return ImportKind.parse(kind).orElseThrow(() -> new InvalidInputException("kind",
                "unknown kind '" + kind + "'; use " + ImportKind.codes()));
    }

    private static String name(Principal principal) {
        return principal == null ? "api" : principal.getName();
    }

    private static ResponseEntity<?> accepted(ImportJob job) {
        ImportJobView view = ImportJobView.of(job);
        if (job.status() == ImportStatus.FAILED) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, job.message());
            pd.setType(URI.create("https://touchpoint.io/problems/invalid-input"));
            pd.setTitle("Invalid input");
            pd.setProperty("field", "file");
            pd.setProperty("errors", List.of(Map.of("field", "file", "message", job.message())));
            pd.setProperty("job", view);
            return ResponseEntity.badRequest().body(pd);
        }
        return ResponseEntity.accepted().location(URI.create(view.links().get("self"))).body(view);
    }
}
