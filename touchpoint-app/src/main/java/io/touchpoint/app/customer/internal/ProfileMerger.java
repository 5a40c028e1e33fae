package io.touchpoint.app.customer.internal;

import io.touchpoint.app.customer.CustomerMerged;
import io.touchpoint.app.customer.Identifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges one profile into another, losslessly. Conflict rule (ADR 0002):
 * <ul>
 * <li>profile fields: the survivor's non-empty value stays; empty survivor fields are filled from the absorbed
 * profile; differing non-empty values are recorded as conflicts;</li>
 * <li>custom attributes and preferences: the value updated most recently wins, the survivor's on a tie;</li>
 * <li>identities, events, transactions and the whole consent history move (consent state is always the latest
 * record per purpose, so nothing needs choosing).</li>
 * </ul>
 * The absorbed profile row stays with {@code merged_into} set, and the merge record holds a snapshot of
 * everything it had, so a merge can be inspected and nothing is lost.
 */
@Component
public class ProfileMerger {

    static final List<String> FIELDS = List.of("first_name", "last_name", "birth_year", "gender", "income_band",
            "occupation", "country", "region", "city", "education", "ethnicity", "language");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ProfileMerger(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    public long merge(long survivor, long absorbed, String trigger, List<Identifier> because) {
        Map<String, Object> s = row(survivor);
        Map<String, Object> a = row(absorbed);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        Map<String, Object> fill = new LinkedHashMap<>();
        for (String f : FIELDS) {
            Object sv = s.get(f);
            Object av = a.get(f);
            if (av == null) {
                continue;
            }
            if (sv == null) {
                fill.put(f, av);
            }
            else if (!Objects.equals(sv, av)) {
                conflicts.add(conflict("profile." + f, sv, av, "survivor's value kept"));
            }
        }
        for (var e : fill.entrySet()) {
            // Column names come from the fixed FIELDS list, never from input.
            jdbc.sql("update customer set " + e.getKey() + " = ? where id = ?").params(e.getValue(), survivor).update();
        }
        conflicts.addAll(keyedConflicts("customer_attribute", "name", survivor, absorbed, "attribute."));
        conflicts.addAll(keyedConflicts("customer_preference", "key", survivor, absorbed, "preference."));

        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("profile", a);
        snapshot.put("attributes", jdbc.sql("select name, type, value, source, updated_at::text from customer_attribute where customer_id = ?")
                .param(absorbed).query().listOfRows());
        snapshot.put("preferences", jdbc.sql("select key, value, source, updated_at::text from customer_preference where customer_id = ?")
                .param(absorbed).query().listOfRows());

        Map<String, Object> moved = new LinkedHashMap<>();
        moved.put("identities", jdbc.sql("update customer_identity set customer_id = ? where customer_id = ?")
                .params(survivor, absorbed).update());
        moved.put("events", jdbc.sql("update customer_event set customer_id = ? where customer_id = ?")
                .params(survivor, absorbed).update());
        moved.put("transactions", jdbc.sql("update customer_transaction set customer_id = ? where customer_id = ?")
                .params(survivor, absorbed).update());
        moved.put("consents", jdbc.sql("update customer_consent set customer_id = ? where customer_id = ?")
                .params(survivor, absorbed).update());
        moved.put("attributes", moveKeyed("customer_attribute", "name", survivor, absorbed));
        moved.put("preferences", moveKeyed("customer_preference", "key", survivor, absorbed));

        jdbc.sql("update customer set merged_into = ?, updated_at = now() where id = ? or merged_into = ?")
                .params(survivor, absorbed, absorbed).update();
        jdbc.sql("update customer set updated_at = now() where id = ?").param(survivor).update();
        List<Map<String, String>> ids = because.stream()
                .map(i -> Map.of("type", i.type().code(), "value", i.display())).toList();
        long mergeId = jdbc.sql("""
                insert into customer_merge (survivor_id, merged_id, trigger, identifiers, moved, conflicts, snapshot)
                values (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb) returning id""")
                .params(survivor, absorbed, trigger, json.writeValueAsString(ids), json.writeValueAsString(moved),
                        json.writeValueAsString(conflicts), json.writeValueAsString(snapshot))
                .query(Long.class).single();
        events.publishEvent(new CustomerMerged(mergeId, survivor, absorbed));
        return mergeId;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select id, " + String.join(", ", FIELDS) + ", created_at::text as created_at from customer where id = ? for update")
                .param(id).query((ResultSet rs) -> {
                    rs.next();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    for (String f : FIELDS) {
                        m.put(f, rs.getObject(f));
                    }
                    m.put("created_at", rs.getString("created_at"));
                    return m;
                });
    }

    private record Keyed(String value, Instant updatedAt) {
    }

    private List<Map<String, Object>> keyedConflicts(String table, String keyColumn, long survivor, long absorbed,
            String prefix) {
        Map<String, Keyed> s = keyed(table, keyColumn, survivor);
        Map<String, Keyed> a = keyed(table, keyColumn, absorbed);
        List<Map<String, Object>> out = new ArrayList<>();
        a.forEach((k, av) -> {
            Keyed sv = s.get(k);
            if (sv != null && !sv.value().equals(av.value())) {
                boolean absorbedWins = av.updatedAt().isAfter(sv.updatedAt());
                out.add(conflict(prefix + k, sv.value(), av.value(),
                        absorbedWins ? "absorbed profile's value kept (more recent)" : "survivor's value kept (more recent or tie)"));
            }
        });
        return out;
    }

    private Map<String, Keyed> keyed(String table, String keyColumn, long customer) {
        Map<String, Keyed> m = new LinkedHashMap<>();
        jdbc.sql("select " + keyColumn + ", value, updated_at from " + table + " where customer_id = ?").param(customer)
                .query((rs, i) -> m.put(rs.getString(1), new Keyed(rs.getString(2), rs.getTimestamp(3).toInstant())))
                .list();
        return m;
    }

    private int moveKeyed(String table, String key, long survivor, long absorbed) {
        jdbc.sql("delete from " + table + " s using " + table + " a where s.customer_id = ? and a.customer_id = ? and s."
                + key + " = a." + key + " and a.updated_at > s.updated_at").params(survivor, absorbed).update();
        jdbc.sql("delete from " + table + " a using " + table + " s where a.customer_id = ? and s.customer_id = ? and s."
                + key + " = a." + key).params(absorbed, survivor).update();
        return jdbc.sql("update " + table + " set customer_id = ? where customer_id = ?").params(survivor, absorbed).update();
    }

    private static Map<String, Object> conflict(String field, Object kept, Object other, String rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("survivorValue", kept);
        m.put("absorbedValue", other);
        m.put("resolution", rule);
        return m;
    }

}
