package io.touchpoint.app.mail.web;

import io.touchpoint.app.mail.WeeklyDigest;
import io.touchpoint.app.mail.internal.Outbox;
import io.touchpoint.app.security.StaffDirectory;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each member of staff subscribes to the weekly digest for themselves. */
@Controller
class DigestPages {

    private final WeeklyDigest digest;
    private final StaffDirectory staff;
    private final Outbox outbox;

    DigestPages(WeeklyDigest digest, StaffDirectory staff, Outbox outbox) {
        this.digest = digest;
        this.staff = staff;
        this.outbox = outbox;
    }

    @GetMapping("/digest")
    String page(Principal who, Model model) {
        model.addAttribute("subscribed", digest.subscribed(who.getName()));
        model.addAttribute("email", staff.user(who.getName()).map(u -> u.email()).orElse(null));
        model.addAttribute("mailEnabled", outbox.enabled());
        return "mail/digest";
    }

    @PostMapping("/digest")
    String change(@RequestParam boolean subscribe, Principal who, RedirectAttributes flash) {
        if (subscribe) {
            digest.subscribe(who.getName());
            flash.addFlashAttribute("notice", "You will get the weekly digest.");
        }
        else {
            digest.unsubscribe(who.getName());
            flash.addFlashAttribute("notice", "You will not get the weekly digest any more.");
        }
        return "redirect:/digest";
    }
}
