package io.touchpoint.app.survey.web;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.survey.CreatedInvitation;
import io.touchpoint.app.survey.QuestionType;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.SurveyDraft;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.Surveys;
import io.touchpoint.app.survey.internal.PublicLinks;
import io.touchpoint.app.survey.internal.QrCodes;
import io.touchpoint.app.survey.internal.SurveyFlow;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: the survey list, the builder, the preview, and each survey's links, QR codes and responses. */
@Controller
class SurveyPages {

    private static final Pattern QUESTION_FIELD = Pattern.compile("^questions\\[(\\d+)]");

    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final TouchpointCatalog catalog;
    private final PublicLinks links;

    SurveyPages(Surveys surveys, SurveyInvitations invitations, TouchpointCatalog catalog, PublicLinks links) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.catalog = catalog;
        this.links = links;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        model.addAttribute("surveys", surveys.list());
        model.addAttribute("completed", surveys.completedResponses());
        return "surveys/list";
    }

    @GetMapping("/surveys/new")
    String create(@RequestParam(required = false) String touchpoint, Model model) {
        return builder(BuilderForm.starter(touchpoint), List.of(), model);
    }

    @GetMapping("/surveys/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return builder(BuilderForm.of(surveys.require(id)), List.of(), model);
    }

    /** Add, remove, move or retype a question: re-renders the builder with the change, saves nothing. */
    @PostMapping("/surveys/builder")
    String rearrange(@RequestParam MultiValueMap<String, String> params, Model model) {
        BuilderForm form = BuilderForm.read(params).apply(params.getFirst("action"), params.getFirst("newType"));
        return builder(form, List.of(), model);
    }

    @PostMapping("/surveys")
    String save(@RequestParam MultiValueMap<String, String> params, Principal who, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        return save(null, params, who, model, flash, response);
    }

    @PostMapping("/surveys/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Principal who,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        surveys.require(id);
        return save(id, params, who, model, flash, response);
    }

    private String save(Long id, MultiValueMap<String, String> params, Principal who, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        BuilderForm form = BuilderForm.read(params);
        form = new BuilderForm(id, form.title(), form.touchpoint(), form.stage(), form.intro(), form.thankYou(),
                form.language(), form.questions());
        List<FieldError> errors = new ArrayList<>();
        SurveyDraft draft = form.draft(errors);
        try {
            if (!errors.isEmpty()) {
                surveys.check(draft);
                throw new InvalidInputException(400, errors);
            }
            Survey s = id == null ? surveys.create(draft, who.getName()) : surveys.update(id, draft);
            flash.addFlashAttribute("notice", s.unpublishedChanges()
                    ? "Saved as version " + s.version() + " (a draft): respondents keep getting version "
                            + s.publishedVersion() + " until you publish it."
                    : "Survey saved.");
            return "redirect:/surveys/" + s.id();
        }
        catch (InvalidInputException ex) {
            List<FieldError> all = new ArrayList<>(errors);
            ex.errors().stream().filter(e -> !all.contains(e)).forEach(all::add);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return builder(form, all, model);
        }
    }

    private String builder(BuilderForm form, List<FieldError> errors, Model model) {
        Map<Integer, List<String>> byQuestion = new LinkedHashMap<>();
        List<FieldError> general = new ArrayList<>();
        for (FieldError e : errors) {
            Matcher m = QUESTION_FIELD.matcher(e.field());
            if (m.find()) {
                byQuestion.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                        .add(e.field().substring(m.end()).replaceFirst("^\\.", "") + ": " + e.message());
            }
            else {
                general.add(e);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("generalErrors", general);
        model.addAttribute("questionErrors", byQuestion);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("touchpoints", catalog.touchpoints());
        model.addAttribute("stages", catalog.stages());
        return "surveys/builder";
    }

    @GetMapping("/surveys/{id}")
    String overview(@PathVariable long id, Model model) {
        Survey s = surveys.require(id);
        model.addAttribute("survey", s);
        model.addAttribute("anonymousLink", links.absolute(PublicLinks.anonymousPath(s.key())));
        model.addAttribute("touchpointLink", links.absolute(PublicLinks.touchpointPath(s.touchpoint())));
        model.addAttribute("versions", surveys.versions(id));
        model.addAttribute("funnel", invitations.funnel(id));
        model.addAttribute("invitations", invitations.recent(id, 20));
        model.addAttribute("responses", surveys.recentResponses(id, 20));
        return "surveys/overview";
    }

    @GetMapping("/surveys/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Survey s = surveys.require(id);
        SurveyDefinition d = s.definition();
        SurveyFlow flow = new SurveyFlow(d);
        List<List<QuestionView>> pages = new ArrayList<>();
        for (int i = 0; i < flow.pageCount(); i++) {
            pages.add(QuestionView.all(flow.page(i), Map.of(), Map.of(), Map.of()));
        }
        model.addAttribute("survey", s);
        model.addAttribute("definition", d);
        model.addAttribute("pages", pages);
        return "surveys/preview";
    }

    @PostMapping("/surveys/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        try {
            Survey s = surveys.publish(id);
            flash.addFlashAttribute("notice", "Version " + s.publishedVersion() + " is live.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", "Not published: " + ex.getMessage());
        }
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/surveys/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam(required = false) String email,
            @RequestParam(required = false) String customerId, @RequestParam(required = false) String expiresInDays,
            Principal who, RedirectAttributes flash) {
        try {
            CreatedInvitation c = invitations.invite(id, longOrNull(customerId, "customerId"), email,
                    intOrNull(expiresInDays), who.getName());
            flash.addFlashAttribute("notice", "Personal link created (expires " + c.invitation().expiresAt() + ").");
            flash.addFlashAttribute("personalLink", links.absolute(c.path()));
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/surveys/" + id;
    }

    /** {@code ?for=touchpoint}: the touchpoint's code, which follows it to whichever survey is live there. */
    @GetMapping("/surveys/{id}/qr.png")
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(name = "for", required = false) String target) {
        Survey s = surveys.require(id);
        boolean tp = "touchpoint".equals(target);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(s, tp) + ".png\"")
                .body(QrCodes.png(link(s, tp), 12));
    }

    @GetMapping("/surveys/{id}/qr.svg")
    ResponseEntity<String> svg(@PathVariable long id, @RequestParam(name = "for", required = false) String target) {
        Survey s = surveys.require(id);
        boolean tp = "touchpoint".equals(target);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(s, tp) + ".svg\"")
                .body(QrCodes.svg(link(s, tp)));
    }

    private String link(Survey s, boolean touchpoint) {
        return links.absolute(touchpoint ? PublicLinks.touchpointPath(s.touchpoint()) : PublicLinks.anonymousPath(s.key()));
    }

    private static String fileName(Survey s, boolean touchpoint) {
        // Keys are [a-z0-9._-] by their check constraints, safe in a header.
        return touchpoint ? "touchpoint-" + s.touchpoint() : "survey-" + s.key();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException ex, Model model) {
        model.addAttribute("message", ex.getMessage());
        return "not-found";
    }

    private static Long longOrNull(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        }
        catch (NumberFormatException ex) {
            throw new InvalidInputException(field, "not a customer id: '" + s + "'");
        }
    }

    private static Integer intOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        }
        catch (NumberFormatException ex) {
            throw new InvalidInputException("expiresInDays", "not a number of days: '" + s + "'");
        }
    }
}
