package io.touchpoint.app.mail.web;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.mail.MailRuleDraft;
import io.touchpoint.app.mail.SurveyMailRules;
import io.touchpoint.app.mail.SurveyMailTemplates;
import io.touchpoint.app.mail.SurveyMailer;
import io.touchpoint.app.mail.internal.MailBody;
import io.touchpoint.app.mail.internal.Outbox;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.survey.InvitationFunnel;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.Surveys;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A survey's email distribution: template, send rules, what was sent or skipped, and the invitation funnel. */
@Controller
class DistributionPages {

    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final SurveyMailTemplates templates;
    private final SurveyMailRules rules;
    private final TouchpointCatalog catalog;
    private final Outbox outbox;

    DistributionPages(Surveys surveys, SurveyInvitations invitations, SurveyMailTemplates templates,
            SurveyMailRules rules, TouchpointCatalog catalog, Outbox outbox) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.templates = templates;
        this.rules = rules;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    /** Funnel steps with their share of the invitations sent (null while none were sent). */
    record Step(String name, long count, Double rate) {
    }

    static java.util.List<Step> steps(InvitationFunnel f) {
        return java.util.List.of(new Step("created", f.created(), null), new Step("sent", f.sent(), null),
                new Step("opened", f.opened(), rate(f.opened(), f.sent())),
                new Step("started", f.started(), rate(f.started(), f.sent())),
                new Step("completed", f.completed(), rate(f.completed(), f.sent())));
    }

    private static Double rate(long n, long of) {
        return of == 0 ? null : 100.0 * n / of;
    }

    @GetMapping("/surveys/{id}/distribution")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.require(id));
        model.addAttribute("mailEnabled", outbox.enabled());
        if (!model.containsAttribute("template")) {
            model.addAttribute("template", templates.of(id));
        }
        model.addAttribute("placeholders", MailBody.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
        model.addAttribute("rules", rules.of(id));
        model.addAttribute("touchpoints", catalog.touchpoints());
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("funnel", steps(invitations.funnel(id)));
        model.addAttribute("outcomes", rules.outcomes(id));
        model.addAttribute("sends", rules.recentSends(id, 20));
        model.addAttribute("consent", SurveyMailer.CONSENT);
        return "mail/distribution";
    }

    @PostMapping("/surveys/{id}/distribution/template")
    String saveTemplate(@PathVariable long id, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, Principal who, RedirectAttributes flash) {
        try {
            templates.save(id, subject, body, who.getName());
            flash.addFlashAttribute("notice", "Email template saved.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", "Not saved: " + ex.getMessage());
            flash.addFlashAttribute("template", new io.touchpoint.app.mail.MailTemplate(id, subject, body, true,
                    null, null));
        }
        return "redirect:/surveys/" + id + "/distribution";
    }

    @PostMapping("/surveys/{id}/distribution/rules")
    String addRule(@PathVariable long id, @RequestParam(required = false) String eventType,
            @RequestParam(required = false) String delayHours, @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String property, @RequestParam(required = false) String reminderDays,
            Principal who, RedirectAttributes flash) {
        try {
            rules.create(id, new MailRuleDraft(eventType, number(delayHours, "delayHours"), touchpoint, property,
                    number(reminderDays, "reminderDays")), who.getName());
            flash.addFlashAttribute("notice", "Rule added.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", "Rule not added: " + ex.getMessage());
        }
        return "redirect:/surveys/" + id + "/distribution";
    }

    @PostMapping("/surveys/{id}/distribution/rules/{ruleId}/disable")
    String disable(@PathVariable long id, @PathVariable long ruleId, RedirectAttributes flash) {
        rules.disable(id, ruleId);
        flash.addFlashAttribute("notice", "Rule stopped.");
        return "redirect:/surveys/" + id + "/distribution";
    }

    private static Integer number(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        }
        catch (NumberFormatException ex) {
            throw new InvalidInputException(field, "a whole number");
        }
    }
}
