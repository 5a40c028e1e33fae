package io.touchpoint.app.customer.web;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.customer.CustomerProfile;
import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.customer.CustomerQuery;
import io.touchpoint.app.customer.TimelineEntry;
import io.touchpoint.app.customer.TimelineFilter;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customer search and the customer 360 page. */
@Controller
class CustomerPages {

    static final int TIMELINE_PAGE = 100;

    private final CustomerProfiles profiles;

    CustomerPages(CustomerProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/customers")
    String search(@RequestParam(required = false) String q, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("results", profiles.search(new CustomerQuery(null, null, null, q), 50));
        }
        catch (InvalidInputException ex) {
            model.addAttribute("results", List.of());
            model.addAttribute("error", ex.getMessage());
        }
        return htmx != null ? "customers/search :: results" : "customers/search";
    }

    @GetMapping("/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        CustomerProfile profile = profiles.profile(id).orElseThrow(() -> new NotFoundException("no customer " + id));
        if (profile.id() != id) {
            return "redirect:/customers/" + profile.id() + "?mergedFrom=" + id;
        }
        model.addAttribute("c", profile);
        model.addAttribute("merges", profiles.merges(id));
        model.addAttribute("channels", Arrays.stream(Channel.values()).toList());
        model.addAttribute("types", profiles.eventTypes(id));
        timeline(model, id, new TimelineFilter(null, null, null, null, null, null, TIMELINE_PAGE + 1));
        return "customers/profile";
    }

    @GetMapping("/customers/{id}/timeline")
    String timelineFragment(@PathVariable long id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String type, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String before, Model model) {
        model.addAttribute("c", profiles.require(id));
        timeline(model, id, new TimelineFilter(blank(channel), blank(type), blank(kind), day(from), dayAfter(to),
                before == null || before.isBlank() ? null : Instant.parse(before), TIMELINE_PAGE + 1));
        model.addAttribute("append", before != null && !before.isBlank());
        return "customers/profile :: timeline";
    }

    private void timeline(Model model, long id, TimelineFilter f) {
        List<TimelineEntry> entries = profiles.timeline(id, f);
        boolean more = entries.size() > TIMELINE_PAGE;
        List<TimelineEntry> page = more ? entries.subList(0, TIMELINE_PAGE) : entries;
        model.addAttribute("timeline", page);
        model.addAttribute("filter", f);
        model.addAttribute("more", more ? page.get(page.size() - 1).occurredAt().toString() : null);
    }

    @GetMapping("/customers/merges/{mergeId}")
    String merge(@PathVariable long mergeId, Model model) {
        model.addAttribute("m", profiles.mergeRecord(mergeId)
                .orElseThrow(() -> new NotFoundException("no merge " + mergeId)));
        return "customers/merge";
    }

    @PostMapping("/customers/{id}/consents")
    String consent(@PathVariable long id, @RequestParam String purpose, @RequestParam String status,
            Principal who, RedirectAttributes flash) {
        try {
            profiles.recordConsent(profiles.require(id).id(), purpose, status, null, "staff:" + who.getName());
            flash.addFlashAttribute("notice", "Consent recorded.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/preferences")
    String preference(@PathVariable long id, @RequestParam String key, @RequestParam String value, Principal who,
            RedirectAttributes flash) {
        try {
            profiles.setPreference(profiles.require(id).id(), key, value, "staff:" + who.getName());
            flash.addFlashAttribute("notice", "Preference saved.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/customers/" + id;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException ex, Model model) {
        model.addAttribute("message", ex.getMessage());
        return "not-found";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Instant day(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static Instant dayAfter(String s) {
        Instant d = day(s);
        return d == null ? null : d.plusSeconds(86_400);
    }
}
