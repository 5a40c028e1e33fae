package io.touchpoint.app.survey.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Flood control for the public survey pages: a token bucket per client IP (the connection's address; behind a
 * reverse proxy set {@code server.forward-headers-strategy=native} so it is the visitor's). The default is generous
 * because a hotel's guests often share one address: 120 requests a minute, refilled smoothly. Over the limit the
 * visitor gets a friendly 429 page with Retry-After, before any session or database work is done.
 */
final class PublicRateLimit extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 50_000;

    private final long perMinute;
    /** Least recently seen clients are forgotten first, so memory stays bounded under a spray of addresses. */
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    PublicRateLimit(long perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), ip -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Please wait a moment</title><link rel="stylesheet" href="/css/survey.css"></head>
                <body class="respondent"><main class="survey" id="too-many">
                <h1>Please wait a moment</h1>
                <p>We received a lot of requests from your network in a short time. Please try again in %d seconds;
                the answers you already sent are saved.</p>
                </main></body></html>
                """.formatted(seconds)).getBytes(StandardCharsets.UTF_8));
    }
}
