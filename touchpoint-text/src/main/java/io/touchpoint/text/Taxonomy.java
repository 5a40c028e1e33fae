package io.touchpoint.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A two-level topic taxonomy ("Room > Cleanliness"), editable: every {@code with...} method returns a new taxonomy.
 *
 * <p>Stored as JSON so the app can keep users' edits in its database:
 *
 * <pre>{@code
 * {"version":1,"topics":[{"name":"Room","terms":["room"],"subtopics":[{"name":"Cleanliness","terms":["clean*"]}]}]}
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Taxonomy {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SEPARATOR = " > ";

    private final List<Topic> topics;

    private Taxonomy(List<Topic> topics) {
        List<String> names = new ArrayList<>();
        for (Topic t : topics) {
            if (names.contains(t.name())) {
                throw new IllegalArgumentException("duplicate topic " + t.name());
            }
            names.add(t.name());
        }
        this.topics = List.copyOf(topics);
    }

    public static Taxonomy of(List<Topic> topics) {
        return new Taxonomy(topics);
    }

    public static Taxonomy empty() {
        return new Taxonomy(List.of());
    }

    private static final class Holder {
        static final Taxonomy HOSPITALITY = loadDefault();
    }

    /** The built-in hospitality taxonomy (hotels, restaurants, bars). */
    public static Taxonomy defaultHospitality() {
        return Holder.HOSPITALITY;
    }

    private static Taxonomy loadDefault() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/io/touchpoint/text/aspect/hospitality.json")) {
            if (in == null) {
                throw new IllegalStateException("missing hospitality.json");
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the JSON form written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if the JSON is malformed or breaks the two-level rule
     */
    public static Taxonomy fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("taxonomy is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode topics = root.isArray() ? root : root.get("topics");
        if (topics == null || !topics.isArray()) {
            throw new IllegalArgumentException("taxonomy JSON needs a \"topics\" array");
        }
        List<Topic> out = new ArrayList<>();
        for (JsonNode t : topics) {
            out.add(topic(t, true));
        }
        return new Taxonomy(out);
    }

    private static Topic topic(JsonNode node, boolean top) {
        JsonNode name = node.get("name");
        if (name == null || !name.isString()) {
            throw new IllegalArgumentException("every topic needs a \"name\"");
        }
        List<String> terms = new ArrayList<>();
        JsonNode ts = node.get("terms");
        if (ts != null) {
            for (JsonNode t : ts) {
                terms.add(t.asString());
            }
        }
        List<Topic> subs = new ArrayList<>();
        JsonNode ss = node.get("subtopics");
        if (ss != null && ss.size() > 0) {
            if (!top) {
                throw new IllegalArgumentException("the taxonomy has two levels: subtopic " + name.asString()
                        + " cannot have subtopics");
            }
            for (JsonNode s : ss) {
                subs.add(topic(s, false));
            }
        }
        return new Topic(name.asString(), terms, subs);
    }

    /** The JSON form, one line. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ArrayNode arr = root.putArray("topics");
        for (Topic t : topics) {
            ObjectNode o = arr.addObject();
            write(o, t);
            ArrayNode subs = o.putArray("subtopics");
            for (Topic s : t.subtopics()) {
                write(subs.addObject(), s);
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void write(ObjectNode o, Topic t) {
        o.put("name", t.name());
        ArrayNode terms = o.putArray("terms");
        t.terms().forEach(terms::add);
    }

    public List<Topic> topics() {
        return topics;
    }

    /** All paths, "Room" and "Room > Cleanliness", in taxonomy order. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        for (Topic t : topics) {
            out.add(t.name());
            for (Topic s : t.subtopics()) {
                out.add(t.name() + SEPARATOR + s.name());
            }
        }
        return out;
    }

    /** The topic at "Room" or "Room > Cleanliness". */
    public Optional<Topic> find(String path) {
        String[] p = split(path);
        for (Topic t : topics) {
            if (!t.name().equals(p[0])) {
                continue;
            }
            if (p.length == 1) {
                return Optional.of(t);
            }
            return t.subtopics().stream().filter(s -> s.name().equals(p[1])).findFirst();
        }
        return Optional.empty();
    }

    /** Adds a top-level topic, or replaces the one with the same name. */
    public Taxonomy withTopic(Topic topic) {
        List<Topic> all = new ArrayList<>(topics);
        int at = indexOf(topic.name());
        if (at >= 0) {
            all.set(at, topic);
        } else {
            all.add(topic);
        }
        return new Taxonomy(all);
    }

    /** Adds (or replaces) a subtopic under an existing top-level topic. */
    public Taxonomy withSubtopic(String topicName, Topic subtopic) {
        int at = requireTopic(topicName);
        List<Topic> all = new ArrayList<>(topics);
        all.set(at, all.get(at).withSubtopic(subtopic));
        return new Taxonomy(all);
    }

    /** Removes the topic (with its subtopics) or the subtopic at the path. */
    public Taxonomy withoutTopic(String path) {
        String[] p = split(path);
        int at = requireTopic(p[0]);
        List<Topic> all = new ArrayList<>(topics);
        if (p.length == 1) {
            all.remove(at);
        } else {
            all.set(at, all.get(at).withoutSubtopic(p[1]));
        }
        return new Taxonomy(all);
    }

    /** Adds terms to the topic at the path. */
    public Taxonomy withTerms(String path, Collection<String> terms) {
        return edit(path, t -> t.withTerms(List.copyOf(terms)));
    }

    /** Removes terms (case-insensitive) from the topic at the path. */
    public Taxonomy withoutTerms(String path, Collection<String> terms) {
        return edit(path, t -> t.withoutTerms(List.copyOf(terms)));
    }

    private Taxonomy edit(String path, java.util.function.UnaryOperator<Topic> change) {
        String[] p = split(path);
        int at = requireTopic(p[0]);
        List<Topic> all = new ArrayList<>(topics);
        Topic top = all.get(at);
        if (p.length == 1) {
            all.set(at, change.apply(top));
        } else {
            Topic sub = top.subtopics().stream().filter(s -> s.name().equals(p[1])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no topic " + path));
            all.set(at, top.withSubtopic(change.apply(sub)));
        }
        return new Taxonomy(all);
    }

    private int indexOf(String name) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).name().equals(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    private int requireTopic(String name) {
        int at = indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no topic " + name);
        }
        return at;
    }

    private static String[] split(String path) {
        String[] p = path.split(">");
        if (p.length > 2 || p[0].isBlank()) {
            throw new IllegalArgumentException("a topic path is \"Topic\" or \"Topic > Subtopic\": " + path);
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].trim();
        }
        return p;
    }

    public static String path(String topic, String subtopic) {
        return subtopic == null ? topic : topic + SEPARATOR + subtopic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taxonomy t && t.topics.equals(topics);
    }

    @Override
    public int hashCode() {
        return topics.hashCode();
    }

    @Override
    public String toString() {
        return "Taxonomy" + paths();
    }
}
