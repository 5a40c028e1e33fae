package io.touchpoint.app.survey.web;

import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.Surveys;
import io.touchpoint.app.survey.internal.InvitationTokens;
import io.touchpoint.app.survey.internal.ResponseFlow;
import io.touchpoint.app.survey.internal.ResponseFlow.Done;
import io.touchpoint.app.survey.internal.ResponseFlow.Entry;
import io.touchpoint.app.survey.internal.ResponseFlow.Open;
import io.touchpoint.app.survey.internal.ResponseFlow.Outcome;
import io.touchpoint.app.survey.internal.ResponseFlow.Reason;
import io.touchpoint.app.survey.internal.ResponseFlow.Refused;
import io.touchpoint.app.survey.internal.ResponseFlow.Show;
import io.touchpoint.app.survey.internal.SigningKey;
import io.touchpoint.app.survey.SurveyInvitations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The respondent's pages: no sign-in, no JavaScript. Each page is a plain form (with the session's CSRF token) that
 * posts its answers; the server saves them and redirects to the next page (post/redirect/get), so reloading never
 * sends answers twice. {@code {code}} is a survey key (anonymous link) or a signed invitation token (personal link).
 */
@Controller
class PublicSurveyPages {

    private static final String RESUME = "touchpoint.survey.response.";

    private final ResponseFlow flow;
    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final SigningKey key;
    private final Clock clock;

    PublicSurveyPages(ResponseFlow flow, Surveys surveys, SurveyInvitations invitations, SigningKey key, Clock clock) {
        this.flow = flow;
        this.surveys = surveys;
        this.invitations = invitations;
        this.key = key;
        this.clock = clock;
    }

    @GetMapping("/public/s/{code}")
    Object show(@PathVariable String code, @RequestParam(name = "r", required = false) String r,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Entry entry = flow.enter(code);
        if (entry instanceof Refused refused) {
            return refused(refused.reason(), response, model);
        }
        Open open = (Open) entry;
        if (open.invitation() != null) {
            flow.opened(open);
        }
        HttpSession session = request.getSession(false);
        String resume = r;
        if (resume == null && open.invitation() == null && session != null) {
            resume = (String) session.getAttribute(RESUME + open.survey().id());
        }
        Outcome outcome = flow.current(open, resume);
        if (outcome instanceof Done done) {
            if (r == null && session != null) {
                // The session remembered a finished response: this visit starts a new one.
                session.removeAttribute(RESUME + open.survey().id());
                outcome = flow.current(open, null);
            }
            else {
                return thanksRedirect(code, done);
            }
        }
        return page(code, (Show) outcome, model, false);
    }

    @PostMapping("/public/s/{code}")
    Object submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Entry entry = flow.enter(code);
        if (entry instanceof Refused refused) {
            return refused(refused.reason(), response, model);
        }
        Open open = (Open) entry;
        Outcome outcome = flow.submit(open, form.getFirst("response"), form.getFirst("version"),
                form.getFirst("page"), form.getFirst("action"), form::get);
        if (outcome instanceof Show show) {
            if (!show.errors().isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            remember(request, open, show.page().response().toString());
            return page(code, show, model, true);
        }
        if (outcome instanceof Done done) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(RESUME + open.survey().id());
            }
            return thanksRedirect(code, done);
        }
        String id = ((ResponseFlow.Continue) outcome).response().toString();
        remember(request, open, id);
        return seeOther(UriComponentsBuilder.fromPath("/public/s/{code}").queryParam("r", id).buildAndExpand(code)
                .encode().toUriString());
    }

    @GetMapping("/public/s/{code}/thanks")
    String thanks(@PathVariable String code, HttpServletResponse response, Model model) {
        noStore(response);
        Optional<Survey> survey = surveyOf(code);
        if (survey.isEmpty() || survey.get().publishedVersion() == null) {
            return refused(Reason.NOT_FOUND, response, model);
        }
        SurveyDefinition d = surveys.definition(survey.get().id(), survey.get().publishedVersion()).orElseThrow();
        model.addAttribute("definition", d);
        return "public/thanks";
    }

    /** A touchpoint's printed code: on to its current live survey. */
    @GetMapping("/public/t/{touchpoint}")
    Object touchpoint(@PathVariable String touchpoint, HttpServletResponse response, Model model) {
        noStore(response);
        return surveys.liveForTouchpoint(touchpoint)
                .<Object>map(s -> seeOther(UriComponentsBuilder.fromPath("/public/s/{key}").buildAndExpand(s.key())
                        .encode().toUriString()))
                .orElseGet(() -> refused(Reason.NOT_FOUND, response, model));
    }

    /** The survey a code names, for the thank-you page: a well-signed token still names it after completion. */
    private Optional<Survey> surveyOf(String code) {
        if (code.indexOf('.') < 0) {
            return surveys.findByKey(code);
        }
        InvitationTokens.Check check = key.tokens().verify(code, clock.instant());
        Long id = check instanceof InvitationTokens.Valid v ? Long.valueOf(v.invitationId())
                : check instanceof InvitationTokens.Expired e ? Long.valueOf(e.invitationId()) : null;
        return Optional.ofNullable(id).flatMap(invitations::find).flatMap(i -> surveys.find(i.surveyId()));
    }

    private String page(String code, Show show, Model model, boolean posted) {
        ResponseFlow.Page p = show.page();
        model.addAttribute("code", code);
        model.addAttribute("page", p);
        model.addAttribute("definition", p.definition());
        model.addAttribute("questions", QuestionView.all(p.questions(), p.answers(), show.sent(), show.errors()));
        model.addAttribute("errors", show.errors());
        model.addAttribute("posted", posted);
        model.addAttribute("preview", false);
        return "public/survey";
    }

    private static String refused(Reason reason, HttpServletResponse response, Model model) {
        response.setStatus(reason.status());
        model.addAttribute("reason", reason.name());
        return "public/refused";
    }

    private static View thanksRedirect(String code, Done done) {
        return seeOther(UriComponentsBuilder.fromPath("/public/s/{code}/thanks").buildAndExpand(code).encode()
                .toUriString());
    }

    private static View seeOther(String url) {
        RedirectView v = new RedirectView(url, true);
        v.setStatusCode(HttpStatus.SEE_OTHER);
        v.setExposeModelAttributes(false);
        return v;
    }

    /** Anonymous respondents find their answers again through the session if they reopen the plain link. */
    private static void remember(HttpServletRequest request, Open open, String responseId) {
        if (open.invitation() == null) {
            request.getSession().setAttribute(RESUME + open.survey().id(), responseId);
        }
    }

    private static void noStore(HttpServletResponse response) {
        // Answers are personal: no shared cache or back-button cache keeps them.
        response.setHeader("Cache-Control", "no-store");
    }
}
