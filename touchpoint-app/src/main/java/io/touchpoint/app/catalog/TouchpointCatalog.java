package io.touchpoint.app.catalog;

import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.InvalidInputException.FieldError;
import io.touchpoint.app.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's properties and its touchpoint catalogue. Touchpoints are looked up by key on every ingested
 * event, so they are cached; the cache is dropped on every change.
 */
@Service
public class TouchpointCatalog {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9_.-]{0,63}$");
    private static final Pattern PROPERTY_KEY = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,63}$");

    private final JdbcClient jdbc;
    private final Map<String, Touchpoint> byKey = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    TouchpointCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Touchpoint> touchpoints() {
        return jdbc.sql("""
                select t.id, t.key, t.name, t.channel, t.phase, p.key as property_key, t.description, t.active,
                       s.key as stage_key
                from touchpoint t left join property p on p.id = t.property_id
                left join journey_stage s on s.id = t.stage_id order by t.key""")
                .query((rs, i) -> new Touchpoint(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        Channel.parse(rs.getString("channel")).orElseThrow(),
                        Phase.parse(rs.getString("phase")).orElseThrow(), rs.getString("property_key"),
                        rs.getString("description"), rs.getBoolean("active"), rs.getString("stage_key")))
                .list();
    }

    public Optional<Touchpoint> touchpoint(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (!loaded) {
            reload();
        }
        return Optional.ofNullable(byKey.get(key.trim().toLowerCase(Locale.ROOT)));
    }

    public List<JourneyStage> stages() {
        return jdbc.sql("select id, key, name, position, phase from journey_stage order by position, id")
                .query((rs, i) -> new JourneyStage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        Phase.parse(rs.getString(5)).orElseThrow()))
                .list();
    }

    public Optional<JourneyStage> stage(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        return stages().stream().filter(s -> s.key().equals(k)).findFirst();
    }

    public List<Property> properties() {
        return jdbc.sql("select id, key, name, city, country, timezone from property order by name")
                .query((rs, i) -> new Property(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        rs.getString("city"), rs.getString("country"), rs.getString("timezone")))
                .list();
    }

    /** A touchpoint by its database id, from the in-memory catalogue. */
    public Optional<Touchpoint> touchpoint(long id) {
        if (!loaded) {
            reload();
        }
        return byKey.values().stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Property> property(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, key, name, city, country, timezone from property where key = ?")
                .param(key.trim().toLowerCase(Locale.ROOT))
                .query((rs, i) -> new Property(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        rs.getString("city"), rs.getString("country"), rs.getString("timezone")))
                .optional();
    }

    /** The organisation (created on first use; Touchpoint serves one organisation per installation). */
    @Transactional
    public long organisationId(String nameIfNew) {
        return jdbc.sql("select id from organisation order by id limit 1").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("insert into organisation (name) values (?) returning id")
                        .param(nameIfNew).query(Long.class).single());
    }

    @Transactional
    public Property createProperty(String key, String name, String city, String country, String timezone) {
        List<FieldError> errors = new ArrayList<>();
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        if (!PROPERTY_KEY.matcher(k).matches()) {
            errors.add(new FieldError("key", "use 1-64 lower-case letters, digits, '-' or '_'"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        if (property(k).isPresent()) {
            throw new InvalidInputException(409, List.of(new FieldError("key", "a property '" + k + "' exists")));
        }
        long org = organisationId("My organisation");
        jdbc.sql("insert into property (organisation_id, key, name, city, country, timezone) values (?,?,?,?,?,?)")
                .params(org, k, name.trim(), city, country, timezone == null || timezone.isBlank() ? "UTC" : timezone)
                .update();
        return property(k).orElseThrow();
    }

    @Transactional
    public Touchpoint create(TouchpointDraft draft) {
        Valid v = validate(draft, true);
        if (touchpoint(v.key).isPresent()) {
            throw new InvalidInputException(409, List.of(new FieldError("key", "a touchpoint '" + v.key + "' exists")));
        }
        jdbc.sql("""
                insert into touchpoint (key, name, channel, phase, property_id, description, active, stage_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.key, v.name, v.channel.code(), v.phase.code(), v.propertyId, v.description, v.active, v.stageId)
                .update();
        reload();
        return touchpoint(v.key).orElseThrow();
    }

    @Transactional
    public Touchpoint update(String key, TouchpointDraft draft) {
        Touchpoint existing = touchpoint(key).orElseThrow(() -> new NotFoundException("no touchpoint '" + key + "'"));
        Valid v = validate(new TouchpointDraft(existing.key(), draft.name(), draft.channel(), draft.phase(),
                draft.property(), draft.description(), draft.active(), draft.stage()), false);
        jdbc.sql("""
                update touchpoint set name = ?, channel = ?, phase = ?, property_id = ?, description = ?, active = ?,
                stage_id = ?, updated_at = now() where id = ?""")
                .params(v.name, v.channel.code(), v.phase.code(), v.propertyId, v.description, v.active, v.stageId,
                        existing.id())
                .update();
        reload();
        return touchpoint(existing.key()).orElseThrow();
    }

    private record Valid(String key, String name, Channel channel, Phase phase, Long propertyId, String description,
            boolean active, Long stageId) {
    }

    private Valid validate(TouchpointDraft d, boolean checkKey) {
        List<FieldError> errors = new ArrayList<>();
        String key = d.key() == null ? "" : d.key().trim().toLowerCase(Locale.ROOT);
        if (checkKey && !KEY.matcher(key).matches()) {
            errors.add(new FieldError("key", "use 1-64 lower-case letters, digits, '.', '-' or '_'"));
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "required"));
        }
        else if (d.name().length() > 200) {
            errors.add(new FieldError("name", "at most 200 characters"));
        }
        Optional<Channel> channel = Channel.parse(d.channel());
        if (channel.isEmpty()) {
            errors.add(new FieldError("channel", "unknown channel '" + d.channel() + "'; use one of " + Channel.codes()));
        }
        Optional<Phase> phase = Phase.parse(d.phase());
        if (phase.isEmpty()) {
            errors.add(new FieldError("phase", "unknown phase '" + d.phase() + "'; use pre, during or post"));
        }
        Long propertyId = null;
        if (d.property() != null && !d.property().isBlank()) {
            Optional<Property> p = property(d.property());
            if (p.isEmpty()) {
                errors.add(new FieldError("property", "unknown property '" + d.property() + "'"));
            }
            else {
                propertyId = p.get().id();
            }
        }
        Long stageId = null;
        if (d.stage() != null && !d.stage().isBlank()) {
            Optional<JourneyStage> st = stage(d.stage());
            if (st.isEmpty()) {
                errors.add(new FieldError("stage", "unknown journey stage '" + d.stage() + "'"));
            }
            else {
                stageId = st.get().id();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(400, errors);
        }
        return new Valid(key, d.name().trim(), channel.get(), phase.get(), propertyId,
                d.description() == null || d.description().isBlank() ? null : d.description().trim(),
                d.active() == null || d.active(), stageId);
    }

    private synchronized void reload() {
        Map<String, Touchpoint> fresh = new ConcurrentHashMap<>();
        touchpoints().forEach(t -> fresh.put(t.key(), t));
        byKey.clear();
        byKey.putAll(fresh);
        loaded = true;
    }
}
