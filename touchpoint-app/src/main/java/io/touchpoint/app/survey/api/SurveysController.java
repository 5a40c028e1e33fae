package io.touchpoint.app.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.survey.CreatedInvitation;
import io.touchpoint.app.survey.Invitation;
import io.touchpoint.app.survey.InvitationFunnel;
import io.touchpoint.app.survey.InvitationStatus;
import io.touchpoint.app.survey.Question;
import io.touchpoint.app.survey.Survey;
import io.touchpoint.app.survey.SurveyDefinition;
import io.touchpoint.app.survey.SurveyDraft;
import io.touchpoint.app.survey.SurveyInvitations;
import io.touchpoint.app.survey.SurveyStatus;
import io.touchpoint.app.survey.SurveyVersion;
import io.touchpoint.app.survey.Surveys;
import io.touchpoint.app.survey.internal.PublicLinks;
import io.touchpoint.app.survey.internal.QrCodes;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys")
class SurveysController {

    private final Surveys surveys;
    private final SurveyInvitations invitations;
    private final PublicLinks links;

    SurveysController(Surveys surveys, SurveyInvitations invitations, PublicLinks links) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.links = links;
    }

    /** A survey as clients write it: the definition's fields at the top level, next to touchpoint and stage. */
    record SurveyRequest(String touchpoint, String stage, String title, String intro, String thankYou,
            String language, List<Question> questions) {

        SurveyDraft draft() {
            return new SurveyDraft(touchpoint, stage, new SurveyDefinition(title, intro, thankYou, language, questions));
        }
    }

    /**
     * @param anonymous the survey's own link, the same across versions
     * @param touchpoint the touchpoint's link: always its most recently published live survey
     */
    record Links(String anonymous, String qrPng, String qrSvg, String touchpoint, String touchpointQrPng,
            String touchpointQrSvg) {
    }

    record SurveyView(long id, String key, String touchpoint, String stage, SurveyStatus status, int version,
            Integer publishedVersion, boolean unpublishedChanges, String title, String intro, String thankYou,
            String language, List<Question> questions, Links links, Instant createdAt, Instant updatedAt) {
    }

    private SurveyView view(Survey s, SurveyDefinition d, int version) {
        String api = "/api/v1/surveys/" + s.id();
        return new SurveyView(s.id(), s.key(), s.touchpoint(), s.stage(), s.status(), version, s.publishedVersion(),
                s.unpublishedChanges(), d.title(), d.intro(), d.thankYou(), d.language(), d.questions(),
                new Links(links.absolute(PublicLinks.anonymousPath(s.key())), links.absolute(api + "/qr.png"),
                        links.absolute(api + "/qr.svg"), links.absolute(PublicLinks.touchpointPath(s.touchpoint())),
                        links.absolute(api + "/qr.png?for=touchpoint"), links.absolute(api + "/qr.svg?for=touchpoint")),
                s.createdAt(), s.updatedAt());
    }

    @GetMapping
    @Operation(summary = "All surveys with their latest version (read scope)")
    List<SurveyView> list() {
        return surveys.list().stream().map(s -> view(s, s.definition(), s.version())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey; its latest version, or the version asked for (read scope)")
    SurveyView get(@PathVariable long id, @RequestParam(required = false) Integer version) {
        Survey s = surveys.require(id);
        if (version == null) {
            return view(s, s.definition(), s.version());
        }
        SurveyDefinition d = surveys.definition(id, version)
                .orElseThrow(() -> new NotFoundException("survey " + id + " has no version " + version));
        return view(s, d, version);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of a survey, newest first, with their completed responses (read scope)")
    List<SurveyVersion> versions(@PathVariable long id) {
        surveys.require(id);
        return surveys.versions(id);
    }

    @PostMapping
    @Operation(summary = "Create a survey as a draft (admin scope). Field errors name the offending field, "
            + "e.g. questions[2].showIf.value")
    ResponseEntity<SurveyView> create(@RequestBody SurveyRequest request, Principal who) {
        Survey s = surveys.create(request.draft(), who == null ? null : who.getName());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + s.id())).body(view(s, s.definition(), s.version()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the questions (admin scope). A published version is never changed: the save "
            + "becomes a new draft version, which respondents get once it is published")
    SurveyView update(@PathVariable long id, @RequestBody SurveyRequest request) {
        Survey s = surveys.update(id, request.draft());
        return view(s, s.definition(), s.version());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish the latest version (admin scope); new respondents get it from now on")
    SurveyView publish(@PathVariable long id) {
        Survey s = surveys.publish(id);
        return view(s, s.definition(), s.version());
    }

    record InvitationRequest(Long customerId, String email, Integer expiresInDays) {
    }

    record InvitationView(long id, long surveyId, Long customerId, String email, InvitationStatus status,
            Instant createdAt, Instant expiresAt, Instant sentAt, Instant openedAt, Instant startedAt,
            Instant completedAt, String token, String link) {

        static InvitationView of(Invitation i, String token, String link) {
            return new InvitationView(i.id(), i.surveyId(), i.customerId(), i.email(), i.status(), i.createdAt(),
                    i.expiresAt(), i.sentAt(), i.openedAt(), i.startedAt(), i.completedAt(), token, link);
        }
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "Create a personal invitation (admin scope): a signed, expiring link good for one response. "
            + "Give customerId or email; expiresInDays defaults to 30 (1-365)")
    ResponseEntity<InvitationView> invite(@PathVariable long id, @RequestBody InvitationRequest request,
            Principal who) {
        CreatedInvitation c = invitations.invite(id, request.customerId(), request.email(), request.expiresInDays(),
                who == null ? null : who.getName());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id + "/invitations/" + c.invitation().id()))
                .body(InvitationView.of(c.invitation(), c.token(), links.absolute(c.path())));
    }

    @GetMapping("/{id}/invitations/{invitationId}")
    @Operation(summary = "One invitation with its funnel timestamps and link (admin scope: the link lets anyone answer as the invited customer)")
    InvitationView invitation(@PathVariable long id, @PathVariable long invitationId) {
        Invitation i = invitations.find(invitationId).filter(x -> x.surveyId() == id)
                .orElseThrow(() -> new NotFoundException("survey " + id + " has no invitation " + invitationId));
        String token = invitations.token(i);
        return InvitationView.of(i, token, links.absolute(SurveyInvitations.path(token)));
    }

    @GetMapping("/{id}/funnel")
    @Operation(summary = "Invitations by the furthest step reached: created, sent, opened, started, completed (read scope)")
    InvitationFunnel funnel(@PathVariable long id) {
        surveys.require(id);
        return invitations.funnel(id);
    }

    @GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "QR code of the survey's link, or with for=touchpoint the touchpoint's link, PNG (read scope)")
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(defaultValue = "10") int scale,
            @RequestParam(name = "for", required = false) String target) {
        Survey s = surveys.require(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(link(s, target), scale));
    }

    @GetMapping(value = "/{id}/qr.svg", produces = "image/svg+xml")
    @Operation(summary = "QR code of the survey's link, or with for=touchpoint the touchpoint's link, SVG (read scope)")
    ResponseEntity<String> svg(@PathVariable long id, @RequestParam(name = "for", required = false) String target) {
        Survey s = surveys.require(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCodes.svg(link(s, target)));
    }

    /** {@code for=touchpoint}: the touchpoint's link; otherwise the survey's. */
    private String link(Survey s, String target) {
        return links.absolute("touchpoint".equals(target) ? PublicLinks.touchpointPath(s.touchpoint())
                : PublicLinks.anonymousPath(s.key()));
    }
}
