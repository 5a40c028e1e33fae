package io.touchpoint.app.mail.web;

import io.touchpoint.app.mail.Unsubscribes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of survey emails. Opening it asks for confirmation (mail scanners open links too); the
 * confirming POST, or a mail client's RFC 8058 one-click POST, unsubscribes. The signed token is the authority, so
 * the POST needs no session or CSRF token.
 */
@Controller
class UnsubscribePages {

    private final Unsubscribes unsubscribes;

    UnsubscribePages(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/public/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (unsubscribes.check(token).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("state", "invalid");
        }
        else {
            model.addAttribute("state", "confirm");
        }
        model.addAttribute("token", token);
        return "mail/unsubscribe";
    }

    @PostMapping("/public/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean done = unsubscribes.unsubscribe(token);
        if (!done) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("state", done ? "done" : "invalid");
        model.addAttribute("token", token);
        return "mail/unsubscribe";
    }
}
