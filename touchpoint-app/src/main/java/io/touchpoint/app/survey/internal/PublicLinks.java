package io.touchpoint.app.survey.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for respondents. Links leave the building (emails, printed QR codes), so they use the address
 * respondents reach the server at: {@code TOUCHPOINT_PUBLIC_URL} (e.g. {@code https://feedback.example.com}) when
 * set, otherwise the address of the current request.
 */
@Component
public class PublicLinks {

    private final String configured;

    PublicLinks(@Value("${TOUCHPOINT_PUBLIC_URL:}") String configured) {
        String c = configured == null ? "" : configured.strip();
        this.configured = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
    }

    /** {@code path} starts with '/'. Call on a request thread unless a public URL is configured. */
    public String absolute(String path) {
        String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured;
        return base + path;
    }

    public static String anonymousPath(String surveyKey) {
        return "/public/s/" + surveyKey;
    }

    /** Leads to the touchpoint's current live survey, whichever that is when the code is scanned. */
    public static String touchpointPath(String touchpointKey) {
        return "/public/t/" + touchpointKey;
    }
}
