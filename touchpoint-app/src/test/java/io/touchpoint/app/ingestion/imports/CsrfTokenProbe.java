package io.touchpoint.app.ingestion.imports;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: hands out the CSRF token of the caller's session, so an HTTP test can sign in through the login form
 * as a browser would (the login page itself belongs to the web module).
 */
@RestController
class CsrfTokenProbe {

    @GetMapping("/public/test/csrf-token")
    String token(CsrfToken token) {
        return token.getToken();
    }
}
