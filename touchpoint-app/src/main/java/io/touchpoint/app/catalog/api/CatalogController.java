package io.touchpoint.app.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue")
class CatalogController {

    private final TouchpointCatalog catalog;

    CatalogController(TouchpointCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/touchpoints")
    List<Touchpoint> touchpoints() {
        return catalog.touchpoints();
    }

    @GetMapping("/touchpoints/{key}")
    Touchpoint touchpoint(@PathVariable String key) {
        return catalog.touchpoint(key).orElseThrow(() -> new NotFoundException("no touchpoint '" + key + "'"));
    }

    @PostMapping("/touchpoints")
    @Operation(summary = "Add a touchpoint (admin scope)")
    ResponseEntity<Touchpoint> create(@RequestBody TouchpointDraft draft) {
        Touchpoint t = catalog.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/touchpoints/" + t.key())).body(t);
    }

    @PutMapping("/touchpoints/{key}")
    @Operation(summary = "Edit a touchpoint (admin scope); the key stays")
    Touchpoint update(@PathVariable String key, @RequestBody TouchpointDraft draft) {
        return catalog.update(key, draft);
    }

    @GetMapping("/journey-stages")
    List<io.touchpoint.app.catalog.JourneyStage> stages() {
        return catalog.stages();
    }

    @GetMapping("/properties")
    List<Property> properties() {
        return catalog.properties();
    }

    record PropertyDraft(String key, String name, String city, String country, String timezone) {
    }

    @PostMapping("/properties")
    @Operation(summary = "Add a property of the organisation (admin scope)")
    ResponseEntity<Property> createProperty(@RequestBody PropertyDraft d) {
        Property p = catalog.createProperty(d.key(), d.name(), d.city(), d.country(), d.timezone());
        return ResponseEntity.created(URI.create("/api/v1/properties/" + p.key())).body(p);
    }
}
