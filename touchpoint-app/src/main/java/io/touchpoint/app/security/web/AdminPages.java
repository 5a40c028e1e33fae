package io.touchpoint.app.security.web;

import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import io.touchpoint.app.security.CreatedApiKey;
import io.touchpoint.app.security.StaffDirectory;
import io.touchpoint.app.security.StaffRole;
import io.touchpoint.app.shared.InvalidInputException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: API keys (created and revoked here) and staff users. */
@Controller
class AdminPages {

    private final ApiKeys keys;
    private final StaffDirectory staff;

    AdminPages(ApiKeys keys, StaffDirectory staff) {
        this.keys = keys;
        this.staff = staff;
    }

    @GetMapping("/admin/api-keys")
    String apiKeys(Model model) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("scopes", ApiScope.values());
        return "admin/api-keys";
    }

    @PostMapping("/admin/api-keys")
    String createKey(@RequestParam String name, @RequestParam(required = false) List<String> scopes, Principal who,
            RedirectAttributes flash) {
        EnumSet<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        if (scopes != null) {
            scopes.forEach(s -> ApiScope.parse(s).ifPresent(set::add));
        }
        try {
            CreatedApiKey created = keys.create(name, set, who.getName());
            flash.addFlashAttribute("secret", created.secret());
            flash.addFlashAttribute("notice", "Key '" + created.key().name() + "' created. Copy it now: it is not shown again.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/api-keys";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        keys.revoke(id);
        flash.addFlashAttribute("notice", "Key revoked. Requests with it are refused from now on.");
        return "redirect:/admin/api-keys";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", staff.users());
        model.addAttribute("roles", StaffRole.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email, @RequestParam String role, @RequestParam String password,
            RedirectAttributes flash) {
        try {
            staff.create(username, displayName, email, StaffRole.parse(role).orElse(null), password);
            flash.addFlashAttribute("notice", "User '" + username + "' created.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal who,
            RedirectAttributes flash) {
        if (username.equals(who.getName()) && !enabled) {
            flash.addFlashAttribute("error", "You cannot disable your own account.");
        }
        else {
            staff.setEnabled(username, enabled);
            flash.addFlashAttribute("notice", "User '" + username + "' " + (enabled ? "enabled" : "disabled") + ".");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @RequestParam String password, RedirectAttributes flash) {
        try {
            staff.changePassword(username, password);
            flash.addFlashAttribute("notice", "Password changed for '" + username + "'.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/users";
    }
}
