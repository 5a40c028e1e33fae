package io.touchpoint.app.ingestion.web;

import io.touchpoint.app.ingestion.imports.ImportJob;
import io.touchpoint.app.ingestion.imports.ImportJobs;
import io.touchpoint.app.ingestion.imports.ImportKind;
import io.touchpoint.app.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The imports pages: upload form and recent jobs, and one job's live progress and error report. */
@Controller
@RequestMapping("/imports")
class ImportsPage {

    private static final int RECENT = 30;
    private static final int ERRORS_SHOWN = 20;

    private final ImportJobs imports;

    ImportsPage(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, null, "customers");
    }

    /** The recent-jobs table alone, polled while a job is queued or running. */
    @GetMapping("/recent")
    String recent(Model model) {
        List<ImportJob> jobs = imports.recent(RECENT);
        model.addAttribute("jobs", jobs);
        model.addAttribute("active", jobs.stream().anyMatch(j -> !j.finished()));
        return "imports/list :: recent";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, HttpServletResponse response) throws IOException {
        ImportKind k = ImportKind.parse(kind).orElse(null);
        String error = null;
        if (k == null) {
            error = "Choose what the file holds: " + ImportKind.codes() + ".";
        }
        else if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            error = "Choose a CSV file to import.";
        }
        else if (file.isEmpty()) {
            error = "The file is empty.";
        }
        if (error == null) {
            try (InputStream in = file.getInputStream()) {
                ImportJob job = imports.submit(k, file.getOriginalFilename(), in, principal.getName());
                return "redirect:/imports/" + job.id();
            }
            catch (InvalidInputException ex) {
                error = "The file was not accepted: " + ex.errors().get(0).message() + ".";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return listPage(model, error, kind);
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model) {
        fill(model, id);
        return "imports/job";
    }

    /** The progress panel alone, which the page polls while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        fill(model, id);
        return "imports/job :: progress";
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-" + id + "-errors.csv").build().toString());
        imports.writeErrorReport(id, response.getWriter());
    }

    private String listPage(Model model, String error, String selectedKind) {
        List<ImportJob> jobs = imports.recent(RECENT);
        model.addAttribute("jobs", jobs);
        model.addAttribute("active", jobs.stream().anyMatch(j -> !j.finished()));
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("selectedKind", selectedKind);
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", imports.maxBytes() >> 20);
        return "imports/list";
    }

    private void fill(Model model, long id) {
        ImportJob job = find(id);
        model.addAttribute("job", job);
        model.addAttribute("errors", imports.firstErrors(id, ERRORS_SHOWN));
    }

    private ImportJob find(long id) {
        return imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
    }
}
