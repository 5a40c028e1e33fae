package io.touchpoint.app.catalog.web;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Phase;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The touchpoint catalogue: list, add, edit. */
@Controller
class TouchpointPages {

    private final TouchpointCatalog catalog;

    TouchpointPages(TouchpointCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/touchpoints")
    String list(Model model) {
        model.addAttribute("touchpoints", catalog.touchpoints());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new TouchpointDraft("", "", "web", "pre", "", "", true, ""));
        }
        common(model);
        return "touchpoints/list";
    }

    @PostMapping("/touchpoints")
    String create(@ModelAttribute TouchpointDraft draft, RedirectAttributes flash) {
        try {
            catalog.create(draft);
            flash.addFlashAttribute("notice", "Touchpoint '" + draft.key() + "' added.");
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
            flash.addFlashAttribute("draft", draft);
        }
        return "redirect:/touchpoints";
    }

    @GetMapping("/touchpoints/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        var t = catalog.touchpoint(key).orElseThrow(() -> new NotFoundException("no touchpoint '" + key + "'"));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new TouchpointDraft(t.key(), t.name(), t.channel().code(), t.phase().code(),
                    t.propertyKey(), t.description(), t.active(), t.stageKey()));
        }
        common(model);
        return "touchpoints/edit";
    }

    @PostMapping("/touchpoints/{key}")
    String update(@PathVariable String key, @ModelAttribute TouchpointDraft draft, RedirectAttributes flash) {
        try {
            catalog.update(key, new TouchpointDraft(key, draft.name(), draft.channel(), draft.phase(), draft.property(),
                    draft.description(), draft.active() != null && draft.active(), draft.stage()));
            flash.addFlashAttribute("notice", "Touchpoint '" + key + "' saved.");
            return "redirect:/touchpoints";
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
            flash.addFlashAttribute("draft", draft);
            return "redirect:/touchpoints/" + key + "/edit";
        }
    }

    private void common(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("stages", catalog.stages());
    }
}
