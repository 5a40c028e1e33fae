package io.touchpoint.app.web;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.customer.CustomerProfiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CustomerProfiles profiles;
    private final TouchpointCatalog catalog;

    HomeController(CustomerProfiles profiles, TouchpointCatalog catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("customers", profiles.count());
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("touchpoints", catalog.touchpoints().size());
        return "home";
    }
}
