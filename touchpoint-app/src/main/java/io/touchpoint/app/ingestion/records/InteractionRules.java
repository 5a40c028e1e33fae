package io.touchpoint.app.ingestion.records;

import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.Touchpoint;
import io.touchpoint.app.customer.CustomerReference;
import io.touchpoint.app.customer.NewEvent;
import io.touchpoint.app.ingestion.RecordProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The checks an interaction passes before it is recorded (API and CSV alike). The channel may be left out when
 * the touchpoint is given: a touchpoint belongs to one channel.
 */
public final class InteractionRules {

    private InteractionRules() {
    }

    /** Returns the event to record, or null with the problems added. */
    public static NewEvent check(InteractionDraft d, CustomerReference customer, RecordContext ctx, RecordProblems p) {
        FieldNames n = ctx.names();
        String id = FieldRules.text(d.id(), n.of("id"), 200, true, p);
        String type = FieldRules.text(d.type(), n.of("type"), 100, true, p);
        Instant at = FieldRules.instant(d.occurredAt(), n.of("occurredAt"), ctx.now(), true, p);
        String channelRaw = FieldRules.text(d.channel(), n.of("channel"), 40, false, p);
        String touchpointKey = FieldRules.text(d.touchpoint(), n.of("touchpoint"), 64, false, p);
        Optional<Touchpoint> touchpoint = Optional.empty();
        if (touchpointKey != null) {
            touchpoint = ctx.touchpoints().apply(touchpointKey);
            if (touchpoint.isEmpty()) {
                p.add(n.of("touchpoint"), "unknown touchpoint '" + touchpointKey + "'");
            }
        }
        Channel channel = null;
        if (channelRaw != null) {
            channel = Channel.parse(channelRaw).orElse(null);
            if (channel == null) {
                p.add(n.of("channel"), "unknown channel '" + channelRaw + "'; use one of " + Channel.codes());
            }
        }
        else if (touchpoint.isPresent()) {
            channel = touchpoint.get().channel();
        }
        else if (touchpointKey == null && !p.has(n.of("channel"))) {
            p.add(n.of("channel"), "required (or give a touchpoint)");
        }
        BigDecimal value = FieldRules.inRange(d.value(), n.of("value"), p);
        if (p.any() || customer == null) {
            return null;
        }
        return new NewEvent(id, type, at, channel.code(), touchpoint.map(Touchpoint::id).orElse(null),
                d.propertiesJson(), value, ctx.source(), customer);
    }
}
