package io.touchpoint.app.mail.api;

import io.swagger.v3.oas.annotations.Operation;
import io.touchpoint.app.mail.MailRule;
import io.touchpoint.app.mail.MailRuleDraft;
import io.touchpoint.app.mail.MailSend;
import io.touchpoint.app.mail.MailTemplate;
import io.touchpoint.app.mail.SurveyMailRules;
import io.touchpoint.app.mail.SurveyMailTemplates;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Email distribution of a survey over the API (the funnel is at {@code /api/v1/surveys/{id}/funnel}). */
@RestController
@RequestMapping("/api/v1/surveys/{id}")
class SurveyMailController {

    private final SurveyMailTemplates templates;
    private final SurveyMailRules rules;

    SurveyMailController(SurveyMailTemplates templates, SurveyMailRules rules) {
        this.templates = templates;
        this.rules = rules;
    }

    record TemplateInput(String subject, String body) {
    }

    @GetMapping("/mail-template")
    @Operation(summary = "The survey's invitation email (the default until one is saved)")
    MailTemplate template(@PathVariable long id) {
        return templates.of(id);
    }

    @PutMapping("/mail-template")
    @Operation(summary = "Replace the invitation email (admin scope). Placeholders: {firstName} {lastName} "
            + "{hotelName} {surveyTitle} {surveyLink} {unsubscribeLink}; the last two are required")
    MailTemplate saveTemplate(@PathVariable long id, @RequestBody TemplateInput in, Principal who) {
        return templates.save(id, in.subject(), in.body(), who.getName());
    }

    @GetMapping("/mail-rules")
    List<MailRule> rules(@PathVariable long id) {
        return rules.of(id);
    }

    @PostMapping("/mail-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Email the survey N hours after events of a type (admin scope)")
    MailRule addRule(@PathVariable long id, @RequestBody MailRuleDraft draft, Principal who) {
        return rules.create(id, draft, who.getName());
    }

    @DeleteMapping("/mail-rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop a rule (admin scope); it is kept, disabled, with what it sent")
    void disableRule(@PathVariable long id, @PathVariable long ruleId) {
        rules.disable(id, ruleId);
    }

    @GetMapping("/mail-sends")
    @Operation(summary = "What the rules sent or skipped (with the reason), newest first (admin scope: addresses)")
    List<MailSend> sends(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        return rules.recentSends(id, limit);
    }
}
