package io.touchpoint.app.ingestion.records;

import io.touchpoint.app.catalog.JourneyStage;
import io.touchpoint.app.catalog.Property;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.catalog.TouchpointCatalog;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What checking a record needs besides the record: the time (for "not in the future"), who sent it, how its fields
 * are named, and lookups of property, touchpoint and journey stage keys.
 */
public record RecordContext(Instant now, String source, FieldNames names, Function<String, Optional<Long>> propertyIds,
        Function<String, Optional<Touchpoint>> touchpoints, Function<String, Optional<Long>> stageIds) {

    /**
     * Lookups against the catalogue. Property and stage keys are remembered for the life of this context (one request
     * or one import), so a million rows naming the same hotel cost one query; touchpoints are cached by the catalogue.
     */
    public static RecordContext of(TouchpointCatalog catalog, Instant now, String source, FieldNames names) {
        Map<String, Optional<Long>> properties = new ConcurrentHashMap<>();
        Map<String, Optional<Long>> stages = new ConcurrentHashMap<>();
        return new RecordContext(now, source, names,
                key -> properties.computeIfAbsent(key.toLowerCase(Locale.ROOT),
                        k -> catalog.property(k).map(Property::id)),
                catalog::touchpoint,
                key -> stages.computeIfAbsent(key.toLowerCase(Locale.ROOT),
                        k -> catalog.stage(k).map(JourneyStage::id)));
    }
}
