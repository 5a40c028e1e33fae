package io.touchpoint.app.security.internal;

import io.touchpoint.app.security.ApiKey;
import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <key>} (or {@code X-API-Key}) against the stored key hashes. */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        if (presented != null) {
            Optional<ApiKey> key = keys.verify(presented);
            if (key.isEmpty()) {
                problems.write(response, 401, "Unauthorized", "The API key is unknown or has been revoked.", request);
                return;
            }
            List<SimpleGrantedAuthority> authorities = key.get().scopes().stream().map(ApiScope::authority)
                    .map(SimpleGrantedAuthority::new).toList();
            var auth = UsernamePasswordAuthenticationToken.authenticated("api-key:" + key.get().prefix(), null,
                    authorities);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }

    private static String presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        String alt = request.getHeader("X-API-Key");
        return alt == null ? null : alt.trim();
    }
}
