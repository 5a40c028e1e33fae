package io.touchpoint.app.demo.internal;

import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.catalog.TouchpointDraft;
import io.touchpoint.app.demo.scenario.HotelGroup;
import io.touchpoint.app.demo.scenario.HotelGroup.Hotel;
import io.touchpoint.app.demo.scenario.HotelGroup.TouchpointSpec;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Creates the demo organisation, hotels and touchpoints through the catalogue, leaving existing ones alone. */
@Component
public class DemoCatalogue {

    static final int PROPERTIES = HotelGroup.HOTELS.size();
    static final int TOUCHPOINTS = HotelGroup.touchpoints().size();

    /** Database ids by key, for building records; {@code created} counts what this call added. */
    public record Ids(Map<String, Long> properties, Map<String, Long> touchpoints, int created) {
    }

    private final TouchpointCatalog catalog;

    DemoCatalogue(TouchpointCatalog catalog) {
        this.catalog = catalog;
    }

    public Ids ensure() {
        catalog.organisationId(HotelGroup.ORGANISATION);
        int created = 0;
        Map<String, Long> properties = new HashMap<>();
        for (Hotel h : HotelGroup.HOTELS) {
            Property p = catalog.property(h.key()).orElse(null);
            if (p == null) {
                p = catalog.createProperty(h.key(), h.name(), h.city(), h.country(), h.zone().getId());
                created++;
            }
            properties.put(h.key(), p.id());
        }
        Map<String, Long> touchpoints = new HashMap<>();
        for (TouchpointSpec spec : HotelGroup.touchpoints()) {
            Touchpoint t = catalog.touchpoint(spec.key()).orElse(null);
            if (t == null) {
                t = catalog.create(new TouchpointDraft(spec.key(), spec.name(), spec.channel().code(),
                        spec.phase().code(), spec.hotel() == null ? null : spec.hotel().key(), spec.description(),
                        true, HotelGroup.stageOf(spec.key())));
                created++;
            }
            touchpoints.put(spec.key(), t.id());
        }
        return new Ids(Map.copyOf(properties), Map.copyOf(touchpoints), created);
    }
}
