package io.touchpoint.app.survey.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A respondent's page is a few kilobytes of form; a body beyond {@code maxBytes} (the servlet container's own form
 * limit, 2 MB by default) is refused with a readable 413 page before anything reads its parameters, instead of the
 * container failing to parse it halfway through the security filters.
 */
final class PublicFormLimit extends OncePerRequestFilter {

    private final long maxBytes;

    PublicFormLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Too much to send</title><link rel="stylesheet" href="/css/survey.css"></head>
                <body class="respondent"><main class="survey" id="too-large">
                <h1>Too much to send</h1>
                <p>This page's answers are much longer than a survey can take. Please go back, shorten them and
                send the page again.</p>
                </main></body></html>
                """.getBytes(StandardCharsets.UTF_8));
    }
}
