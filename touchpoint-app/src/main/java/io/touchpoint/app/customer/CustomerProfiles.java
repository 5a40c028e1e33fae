package io.touchpoint.app.customer;

import io.touchpoint.app.customer.CustomerProfile.Attribute;
import io.touchpoint.app.customer.CustomerProfile.ChannelUse;
import io.touchpoint.app.customer.CustomerProfile.ConsentState;
import io.touchpoint.app.customer.CustomerProfile.IdentityView;
import io.touchpoint.app.customer.CustomerProfile.KeyFigures;
import io.touchpoint.app.customer.CustomerProfile.Money;
import io.touchpoint.app.customer.CustomerProfile.Preference;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, searches and edits unified customer profiles. */
@Service
public class CustomerProfiles {

    public static final String ETHNICITY_CONSENT = "ethnicity";
    private static final Set<String> CONSENT_STATUSES = Set.of("granted", "denied", "revoked");
    private static final List<String> PROFILE_COLUMNS = List.of("first_name", "last_name", "birth_year", "gender",
            "income_band", "occupation", "country", "region", "city", "education", "ethnicity", "language");
    private static final Set<String> ATTRIBUTE_TYPES = Set.of("string", "number", "boolean", "date");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String defaultPhoneRegion;

    CustomerProfiles(JdbcClient jdbc, Clock clock,
            @Value("${touchpoint.default-phone-region:}") String defaultPhoneRegion) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultPhoneRegion = defaultPhoneRegion == null || defaultPhoneRegion.isBlank() ? null : defaultPhoneRegion;
    }

    public String defaultPhoneRegion() {
        return defaultPhoneRegion;
    }

    /** The surviving profile id for an id that may have been merged away. */
    public Optional<Long> survivorOf(long id) {
        return jdbc.sql("""
                with recursive chain(id, merged_into) as (
                  select id, merged_into from customer where id = ?
                  union all
                  select c.id, c.merged_into from customer c join chain on c.id = chain.merged_into)
                select id from chain where merged_into is null""").param(id).query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<CustomerProfile> profile(long requestedId) {
        Optional<Long> survivor = survivorOf(requestedId);
        if (survivor.isEmpty()) {
            return Optional.empty();
        }
        long id = survivor.get();
        record Base(ProfileDetails details, Instant createdAt) {
        }
        Base base = jdbc.sql("""
                select first_name, last_name, birth_year, gender, income_band, occupation, country, region, city,
                       education, ethnicity, language, created_at from customer where id = ?""")
                .param(id).query((rs, i) -> new Base(details(rs), rs.getTimestamp("created_at").toInstant())).single();
        List<IdentityView> identities = jdbc.sql("select type, value, source from customer_identity where customer_id = ? order by type, source, value")
                .param(id).query((rs, i) -> new IdentityView(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Attribute> attributes = jdbc.sql("select name, type, value, source, updated_at from customer_attribute where customer_id = ? order by name")
                .param(id).query((rs, i) -> new Attribute(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
        List<ConsentState> consents = jdbc.sql("""
                select distinct on (purpose) purpose, status, recorded_at, source from customer_consent
                where customer_id = ? order by purpose, recorded_at desc, id desc""")
                .param(id).query((rs, i) -> new ConsentState(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
        List<Preference> preferences = jdbc.sql("select key, value, source, updated_at from customer_preference where customer_id = ? order by key")
                .param(id).query((rs, i) -> new Preference(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
        List<Long> mergedFrom = jdbc.sql("select merged_id from customer_merge where survivor_id = ? order by id")
                .param(id).query(Long.class).list();
        return Optional.of(new CustomerProfile(id, displayName(base.details(), identities, id), base.details(),
                identities, attributes, consents, preferences, figures(id), mergedFrom, base.createdAt()));
    }

    public CustomerProfile require(long id) {
        return profile(id).orElseThrow(() -> new NotFoundException("no customer " + id));
    }

    private KeyFigures figures(long id) {
        record Ev(Instant first, Instant last, long count) {
        }
        Ev ev = jdbc.sql("select min(occurred_at), max(occurred_at), count(*) from customer_event where customer_id = ?")
                .param(id).query((rs, i) -> new Ev(instant(rs, 1), instant(rs, 2), rs.getLong(3))).single();
        record Tx(Instant first, Instant last, long bookings, long stays, long nights, long orders) {
        }
        Tx tx = jdbc.sql("""
                select min(occurred_at), max(occurred_at),
                       count(*) filter (where kind = 'booking'), count(*) filter (where kind = 'stay'),
                       coalesce(sum(end_date - start_date) filter (where kind = 'stay'), 0),
                       count(*) filter (where kind = 'order')
                from customer_transaction where customer_id = ?""")
                .param(id).query((rs, i) -> new Tx(instant(rs, 1), instant(rs, 2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).single();
        List<Money> revenue = jdbc.sql("""
                select currency, sum(case when kind = 'refund' then -amount else amount end)
                from customer_transaction where customer_id = ? and kind in ('stay', 'order', 'refund')
                group by currency order by currency""")
                .param(id).query((rs, i) -> new Money(rs.getString(1).trim(), rs.getBigDecimal(2))).list();
        List<ChannelUse> channels = jdbc.sql("""
                select channel, count(*) from customer_event where customer_id = ? group by channel order by 2 desc, 1""")
                .param(id).query((rs, i) -> new ChannelUse(rs.getString(1), rs.getLong(2))).list();
        Instant first = min(ev.first(), tx.first());
        Instant last = max(ev.last(), tx.last());
        Long tenure = first == null ? null : Math.max(0, Duration.between(first, clock.instant()).toDays());
        return new KeyFigures(first, last, tenure, ev.count(), tx.bookings(), tx.stays(), tx.nights(), tx.orders(),
                revenue, channels);
    }

    public List<TimelineEntry> timeline(long requestedId, TimelineFilter f) {
        long id = survivorOf(requestedId).orElseThrow(() -> new NotFoundException("no customer " + requestedId));
        int limit = Math.max(1, Math.min(f.limit() <= 0 ? 100 : f.limit(), 5000));
        StringBuilder sql = new StringBuilder("select * from (");
        List<Object> params = new ArrayList<>();
        boolean events = f.kind() == null || f.kind().isBlank() || f.kind().equals("event");
        boolean txs = f.kind() == null || f.kind().isBlank() || f.kind().equals("transaction");
        if (events) {
            sql.append("""
                    select 'event' as kind, e.client_id, e.type, e.occurred_at, e.channel, t.key as tp, t.name as tp_name,
                           p.key as property, e.value, null::text as currency, e.properties::text as props, e.source
                    from customer_event e left join touchpoint t on t.id = e.touchpoint_id
                    left join property p on p.id = t.property_id
                    where e.customer_id = ?""");
            params.add(id);
            if (f.channel() != null && !f.channel().isBlank()) {
                sql.append(" and e.channel = ?");
                params.add(f.channel());
            }
            if (f.type() != null && !f.type().isBlank()) {
                sql.append(" and e.type = ?");
                params.add(f.type());
            }
            timeBounds(sql, params, "e.occurred_at", f);
        }
        if (txs && (f.channel() == null || f.channel().isBlank())) {
            if (events) {
                sql.append(" union all ");
            }
            sql.append("""
                    select 'transaction', x.client_id, x.kind, x.occurred_at, null, null, null, p.key, x.amount,
                           x.currency::text, x.items::text, x.source
                    from customer_transaction x left join property p on p.id = x.property_id
                    where x.customer_id = ?""");
            params.add(id);
            if (f.type() != null && !f.type().isBlank()) {
                sql.append(" and x.kind = ?");
                params.add(f.type());
            }
            timeBounds(sql, params, "x.occurred_at", f);
        }
        else if (!events) {
            return List.of();
        }
        // Ties in time are broken by the sender's id, so a page boundary never shuffles entries.
        sql.append(") t order by occurred_at desc, client_id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new TimelineEntry(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10), rs.getString(11),
                rs.getString(12))).list();
    }

    private static void timeBounds(StringBuilder sql, List<Object> params, String column, TimelineFilter f) {
        if (f.from() != null) {
            sql.append(" and ").append(column).append(" >= ?");
            params.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and ").append(column).append(" < ?");
            params.add(Timestamp.from(f.to()));
        }
        if (f.before() != null) {
            sql.append(" and ").append(column).append(" < ?");
            params.add(Timestamp.from(f.before()));
        }
    }

    /** Event types and channels this customer has, for the timeline filters. */
    public List<String> eventTypes(long id) {
        return jdbc.sql("select distinct type from customer_event where customer_id = ? order by 1").param(id)
                .query(String.class).list();
    }

    public List<CustomerSummary> search(CustomerQuery query, int limit) {
        int max = Math.max(1, Math.min(limit, 200));
        List<Long> ids;
        if (notBlank(query.email())) {
            ids = byIdentifier(parseOr(() -> Identifier.email(query.email()), "email"));
        }
        else if (notBlank(query.phone())) {
            ids = byIdentifier(parseOr(() -> Identifier.phone(query.phone(), defaultPhoneRegion), "phone"));
        }
        else if (notBlank(query.loyaltyId())) {
            ids = byIdentifier(parseOr(() -> Identifier.loyalty(query.loyaltyId()), "loyaltyId"));
        }
        else if (notBlank(query.q())) {
            ids = freeText(query.q().trim(), max);
        }
        else {
            ids = jdbc.sql("select id from customer where merged_into is null order by id desc limit ?").param(max)
                    .query(Long.class).list();
        }
        return summaries(ids.stream().limit(max).toList());
    }

    private List<Long> byIdentifier(Identifier id) {
        return jdbc.sql("select customer_id from customer_identity where type = ? and source = ? and value = ?")
                .params(id.type().code(), id.source(), id.value()).query(Long.class).list();
    }

    private List<Long> freeText(String q, int max) {
        String lower = q.toLowerCase(Locale.ROOT);
        List<Long> ids = new ArrayList<>();
        if (q.matches("\\d{1,18}")) {
            jdbc.sql("select id from customer where id = ? and merged_into is null").param(Long.parseLong(q))
                    .query(Long.class).optional().ifPresent(ids::add);
        }
        // Exact identifiers first (normalised the way they are stored), then prefixes, then names.
        for (Identifier candidate : candidates(q)) {
            byIdentifier(candidate).stream().filter(x -> !ids.contains(x)).forEach(ids::add);
        }
        if (ids.size() < max && lower.length() >= 3) {
            // Emails are stored lower-case, loyalty numbers upper-case: try both spellings of the prefix.
            jdbc.sql("""
                    select distinct customer_id from (
                      select customer_id from customer_identity
                      where value like ? escape '\\' or value like ? escape '\\' order by value limit ?) s""")
                    .params(like(lower) + "%", like(q.toUpperCase(Locale.ROOT)) + "%", max)
                    .query(Long.class).list().stream().filter(x -> !ids.contains(x)).forEach(ids::add);
        }
        if (ids.size() < max) {
            jdbc.sql("""
                    select id from customer
                    where merged_into is null
                      and lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) like ? escape '\\'
                    order by similarity(lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')), ?) desc, id
                    limit ?""")
                    .params("%" + like(lower) + "%", lower, max)
                    .query(Long.class).list().stream().filter(x -> !ids.contains(x)).forEach(ids::add);
        }
        return ids;
    }

    private List<Identifier> candidates(String q) {
        List<Identifier> out = new ArrayList<>();
        tryAdd(out, () -> Identifier.email(q));
        if (q.matches("[+0-9 ().-]{6,}")) {
            tryAdd(out, () -> Identifier.phone(q, defaultPhoneRegion));
        }
        tryAdd(out, () -> Identifier.loyalty(q));
        return out;
    }

    private static void tryAdd(List<Identifier> out, java.util.function.Supplier<Identifier> s) {
        try {
            out.add(s.get());
        }
        catch (IllegalArgumentException ignored) {
            // not this kind of identifier
        }
    }

    private static Identifier parseOr(java.util.function.Supplier<Identifier> s, String field) {
        try {
            return s.get();
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidInputException(field, ex.getMessage());
        }
    }

    private List<CustomerSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CustomerSummary> rows = jdbc.sql("""
                select c.id, c.first_name, c.last_name, c.city, c.country,
                  (select value from customer_identity i where i.customer_id = c.id and type = 'email' order by id limit 1),
                  (select value from customer_identity i where i.customer_id = c.id and type = 'phone' order by id limit 1),
                  (select value from customer_identity i where i.customer_id = c.id and type = 'loyalty' order by id limit 1)
                from customer c where c.id = any(?::bigint[]) and c.merged_into is null""")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> new CustomerSummary(rs.getLong(1), name(rs.getString(2), rs.getString(3), rs.getString(6),
                        rs.getLong(1)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(4), rs.getString(5)))
                .list();
        // Keep the relevance order of ids.
        List<CustomerSummary> ordered = new ArrayList<>();
        for (Long id : ids) {
            rows.stream().filter(r -> r.id() == id).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    public List<MergeRecord> merges(long customerId) {
        return jdbc.sql("""
                select id, survivor_id, merged_id, trigger, identifiers::text, moved::text, conflicts::text,
                       snapshot::text, merged_at from customer_merge where survivor_id = ? or merged_id = ? order by id""")
                .params(customerId, customerId).query((rs, i) -> merge(rs)).list();
    }

    public Optional<MergeRecord> mergeRecord(long mergeId) {
        return jdbc.sql("""
                select id, survivor_id, merged_id, trigger, identifiers::text, moved::text, conflicts::text,
                       snapshot::text, merged_at from customer_merge where id = ?""")
                .param(mergeId).query((rs, i) -> merge(rs)).optional();
    }

    /**
     * Applies details to a profile. With {@code overwrite} a non-null incoming value replaces the stored one;
     * without, it only fills empty fields. Ethnicity is dropped unless the customer granted the ethnicity consent.
     */
    @Transactional
    public void applyDetails(long id, ProfileDetails d, boolean overwrite) {
        if (d == null || d.isEmpty()) {
            return;
        }
        String ethnicity = d.ethnicity() != null && hasConsent(id, ETHNICITY_CONSENT) ? d.ethnicity() : null;
        // One placeholder per column either way, so the parameter order below holds for both forms.
        String form = overwrite ? "%1$s = coalesce(?, %1$s)" : "%1$s = coalesce(%1$s, ?)";
        String sql = "update customer set " + String.join(", ", PROFILE_COLUMNS.stream().map(form::formatted).toList())
                + ", updated_at = now() where id = ?";
        jdbc.sql(sql).params(d.firstName(), d.lastName(), d.birthYear(), d.gender(), d.incomeBand(), d.occupation(),
                d.country(), d.region(), d.city(), d.education(), ethnicity, d.language(), id).update();
    }

    public boolean hasConsent(long id, String purpose) {
        return jdbc.sql("""
                select status from customer_consent where customer_id = ? and purpose = ?
                order by recorded_at desc, id desc limit 1""").params(id, purpose).query(String.class).optional()
                .map("granted"::equals).orElse(false);
    }

    @Transactional
    public void recordConsent(long id, String purpose, String status, Instant at, String source) {
        String p = purpose == null ? "" : purpose.trim().toLowerCase(Locale.ROOT);
        if (!p.matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
            throw new InvalidInputException("purpose", "use 1-64 lower-case letters, digits, '.', '-' or '_'");
        }
        String s = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
        if (!CONSENT_STATUSES.contains(s)) {
            throw new InvalidInputException("status", "use granted, denied or revoked");
        }
        jdbc.sql("insert into customer_consent (customer_id, purpose, status, recorded_at, source) values (?,?,?,?,?)")
                .params(id, p, s, Timestamp.from(at == null ? clock.instant() : at), source == null ? "" : source)
                .update();
        if (p.equals(ETHNICITY_CONSENT) && !s.equals("granted")) {
            // Withdrawing the consent removes the data it covered.
            jdbc.sql("update customer set ethnicity = null where id = ?").param(id).update();
        }
    }

    @Transactional
    public void setPreference(long id, String key, String value, String source) {
        String k = key == null ? "" : key.trim();
        if (k.isEmpty() || k.length() > 64) {
            throw new InvalidInputException("key", "preference name must be 1-64 characters");
        }
        if (value == null || value.length() > 1000) {
            throw new InvalidInputException("value", "preference value must be at most 1000 characters");
        }
        jdbc.sql("""
                insert into customer_preference (customer_id, key, value, source, updated_at) values (?,?,?,?,?)
                on conflict (customer_id, key) do update set value = excluded.value, source = excluded.source,
                updated_at = excluded.updated_at""")
                .params(id, k, value, source == null ? "" : source, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void setAttribute(long id, String name, String type, String value, String source) {
        String n = name == null ? "" : name.trim();
        if (!n.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidInputException("name", "attribute name must be 1-64 letters, digits, '.', '-' or '_'");
        }
        String t = type == null ? "string" : type.trim().toLowerCase(Locale.ROOT);
        if (!ATTRIBUTE_TYPES.contains(t)) {
            throw new InvalidInputException("type", "use string, number, boolean or date");
        }
        String v = typedValue(t, value);
        jdbc.sql("""
                insert into customer_attribute (customer_id, name, type, value, source, updated_at) values (?,?,?,?,?,?)
                on conflict (customer_id, name) do update set type = excluded.type, value = excluded.value,
                source = excluded.source, updated_at = excluded.updated_at""")
                .params(id, n, t, v, source == null ? "" : source, Timestamp.from(clock.instant())).update();
    }

    /** Checks and normalises an attribute value of a type; throws naming the field "value". */
    public static String typedValue(String type, String value) {
        if (value == null || value.length() > 2000) {
            throw new InvalidInputException("value", "value is required and at most 2000 characters");
        }
        String v = value.trim();
        try {
            return switch (type) {
                case "number" -> new BigDecimal(v).toPlainString();
                case "boolean" -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> "true";
                    case "false", "no", "0" -> "false";
                    default -> throw new IllegalArgumentException();
                };
                case "date" -> LocalDate.parse(v).toString();
                default -> value;
            };
        }
        catch (NumberFormatException | DateTimeParseException ex) {
            throw new InvalidInputException("value", "not a valid " + type);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidInputException("value", "not a valid boolean (true/false)");
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from customer where merged_into is null").query(Long.class).single();
    }

    private static MergeRecord merge(ResultSet rs) throws SQLException {
        return new MergeRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    private static ProfileDetails details(ResultSet rs) throws SQLException {
        return new ProfileDetails(rs.getString("first_name"), rs.getString("last_name"),
                (Integer) rs.getObject("birth_year"), rs.getString("gender"), rs.getString("income_band"),
                rs.getString("occupation"), rs.getString("country"), rs.getString("region"), rs.getString("city"),
                rs.getString("education"), rs.getString("ethnicity"), rs.getString("language"));
    }

    private static String displayName(ProfileDetails d, List<IdentityView> ids, long id) {
        String email = ids.stream().filter(i -> i.type().equals("email")).map(IdentityView::value).findFirst().orElse(null);
        return name(d.firstName(), d.lastName(), email, id);
    }

    static String name(String first, String last, String email, long id) {
        String n = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        if (!n.isEmpty()) {
            return n;
        }
        return email != null ? email : "Customer #" + id;
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
