package io.touchpoint.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A topic of the taxonomy: a name, the terms and phrases that signal it, and (for a top-level topic) subtopics.
 *
 * <p>Terms are matched case-insensitively on word boundaries; plural "s" is ignored ("towel" finds "towels"),
 * hyphens and spaces are the same ("check-in" finds "check in"), and a trailing {@code *} matches any ending
 * ("clean*" finds "cleanliness").
 *
 * @param name shown name, unique among its siblings; may not contain {@code >}
 * @param terms words and phrases that signal the topic
 * @param subtopics second-level topics (empty for a subtopic: the taxonomy has two levels)
 */
public record Topic(String name, List<String> terms, List<Topic> subtopics) {

    public Topic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name is required");
        }
        name = name.trim();
        if (name.contains(">")) {
            throw new IllegalArgumentException("topic name may not contain '>': " + name);
        }
        List<String> clean = new ArrayList<>();
        for (String t : new LinkedHashSet<>(terms == null ? List.of() : terms)) {
            if (t != null && !t.isBlank() && !clean.contains(t.trim())) {
                clean.add(t.trim());
            }
        }
        terms = List.copyOf(clean);
        subtopics = List.copyOf(subtopics == null ? List.of() : subtopics);
        List<String> names = new ArrayList<>();
        for (Topic s : subtopics) {
            if (!s.subtopics().isEmpty()) {
                throw new IllegalArgumentException("the taxonomy has two levels: " + name + " > " + s.name()
                        + " cannot have subtopics");
            }
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("duplicate subtopic " + s.name() + " under " + name);
            }
            names.add(s.name());
        }
    }

    /** A subtopic (no children). */
    public static Topic leaf(String name, List<String> terms) {
        return new Topic(name, terms, List.of());
    }

    public Topic withTerms(List<String> more) {
        List<String> all = new ArrayList<>(terms);
        all.addAll(more);
        return new Topic(name, all, subtopics);
    }

    public Topic withoutTerms(List<String> drop) {
        List<String> all = new ArrayList<>(terms);
        all.removeIf(t -> drop.stream().anyMatch(d -> d.trim().equalsIgnoreCase(t)));
        return new Topic(name, all, subtopics);
    }

    /** Adds the subtopic, or replaces the one with the same name. */
    public Topic withSubtopic(Topic subtopic) {
        List<Topic> all = new ArrayList<>(subtopics);
        all.removeIf(s -> s.name().equals(subtopic.name()));
        all.add(subtopic);
        return new Topic(name, terms, all);
    }

    public Topic withoutSubtopic(String subtopicName) {
        List<Topic> all = new ArrayList<>(subtopics);
        all.removeIf(s -> s.name().equals(subtopicName.trim()));
        return new Topic(name, terms, all);
    }
}
