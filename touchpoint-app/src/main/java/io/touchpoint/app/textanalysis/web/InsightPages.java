package io.touchpoint.app.textanalysis.web;

import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.NotFoundException;
import io.touchpoint.app.shared.SpreadsheetCells;
import io.touchpoint.app.textanalysis.TextAnalyses;
import io.touchpoint.app.textanalysis.TextInsights;
import io.touchpoint.app.textanalysis.TextInsights.Aspect;
import io.touchpoint.app.textanalysis.TextInsights.Comment;
import io.touchpoint.app.textanalysis.TextInsights.Scope;
import io.touchpoint.text.Taxonomy;
import io.touchpoint.text.TextAnalyzer;
import io.touchpoint.text.Topic;
import io.touchpoint.text.TopicSuggestion;
import io.touchpoint.text.token.PreparedText;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Text insights: topics by sentiment, detractor drivers, emotions; one comment in detail; the taxonomy editor. */
@Controller
class InsightPages {

    private final TextInsights insights;
    private final TextAnalyses analyses;
    private final TouchpointCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    InsightPages(TextInsights insights, TextAnalyses analyses, TouchpointCatalog catalog, JdbcClient jdbc, Clock clock,
            JsonMapper json) {
        this.json = json;
        this.insights = insights;
        this.analyses = analyses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String property, @RequestParam(required = false) String basis,
            Model model) {
        Scope scope = scope(from, to, property);
        LocalDate start = scope.from();
        LocalDate end = scope.to();
        var matrix = insights.topicMatrix(scope);
        model.addAttribute("matrix", matrix);
        // Detractors by NPS, or by low review ratings; by default NPS, and ratings where nobody answered NPS.
        TextInsights.DriverBasis driverBasis = "rating".equalsIgnoreCase(basis) ? TextInsights.DriverBasis.RATING
                : TextInsights.DriverBasis.NPS;
        List<TextInsights.Driver> drivers = insights.detractorDrivers(scope, driverBasis);
        if (drivers.isEmpty() && (basis == null || basis.isBlank())) {
            driverBasis = TextInsights.DriverBasis.RATING;
            drivers = insights.detractorDrivers(scope, driverBasis);
        }
        model.addAttribute("drivers", drivers.stream().limit(12).toList());
        model.addAttribute("driverBasis", driverBasis.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("driverGroup", driverBasis.group);
        model.addAttribute("byTouchpoint", pivot(insights.emotionClusters(scope, false)));
        model.addAttribute("byStage", pivot(insights.emotionClusters(scope, true)));
        model.addAttribute("clusters", List.of("Advocacy", "Recommendation", "Attention", "Destroying"));
        // Trends for the six most discussed topics.
        List<String> top = matrix.stream().limit(6).map(TextInsights.TopicSentiment::path).toList();
        Map<String, Map<String, TextInsights.TopicMonth>> trends = new LinkedHashMap<>();
        TreeSet<String> months = new TreeSet<>();
        for (var m : insights.topicTrends(scope)) {
            if (top.contains(m.path())) {
                trends.computeIfAbsent(m.path(), k -> new TreeMap<>()).put(m.month(), m);
                months.add(m.month());
            }
        }
        model.addAttribute("trends", trends);
        model.addAttribute("months", months);
        // Embedded in a <script type="application/json">: escape '<' so no topic name can close the element.
        model.addAttribute("chartData", json.writeValueAsString(trendChart(trends, months)).replace("<", "\\u003c"));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("property", scope.property());
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("job", analyses.latestJob().orElse(null));
        var languages = insights.languages(scope);
        model.addAttribute("analysedComments", languages.stream().filter(TextInsights.LanguageCount::analysed)
                .mapToLong(TextInsights.LanguageCount::comments).sum());
        model.addAttribute("otherLanguages", languages.stream().filter(l -> !l.analysed()).toList());
        return "insights/overview";
    }

    /** The trend chart's series: per topic, comments and negative comments per month (0 where none). */
    record TrendSeries(String path, List<Long> comments, List<Long> negative) {
    }

    record TrendChart(List<String> months, List<TrendSeries> topics) {
    }

    static TrendChart trendChart(Map<String, Map<String, TextInsights.TopicMonth>> trends, TreeSet<String> months) {
        List<TrendSeries> series = new ArrayList<>();
        trends.forEach((path, byMonth) -> series.add(new TrendSeries(path,
                months.stream().map(m -> byMonth.containsKey(m) ? byMonth.get(m).comments() : 0L).toList(),
                months.stream().map(m -> byMonth.containsKey(m) ? byMonth.get(m).negative() : 0L).toList())));
        return new TrendChart(List.copyOf(months), series);
    }

    /** Comments per page of the verbatim list. */
    static final int VERBATIMS_PER_PAGE = 50;

    /** One comment of the verbatim list with its text cut into highlighted pieces. */
    record VerbatimView(TextInsights.Verbatim v, List<Segment> segments) {
    }

    /**
     * The comments behind a figure of the insights page: every count there links here with its filter (topic and
     * sentiment, NPS group, emotion cluster by touchpoint or stage), so an analyst reads the verbatims that make a
     * number. Aspect mentions are highlighted by their sentiment, as on a comment's own page.
     */
    @GetMapping("/insights/verbatims")
    String verbatims(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String property, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String sentiment, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String group, @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") String offset,
            Model model, HttpServletResponse response) {
        Scope scope = scope(from, to, property);
        LocalDate start = scope.from();
        LocalDate end = scope.to();
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("property", scope.property());
        model.addAttribute("properties", catalog.properties());
        List<String> topics = new ArrayList<>(analyses.taxonomy().topics().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.name()), t.subtopics().stream().map(sub -> t.name() + " > " + sub.name())))
                .toList());
        if (topic != null && !topic.isBlank() && !topics.contains(topic.trim())) {
            topics.add(topic.trim()); // a topic of an earlier taxonomy can still be in the data
        }
        model.addAttribute("topics", topics);
        model.addAttribute("sentiments", TextInsights.VerbatimFilter.SENTIMENTS);
        model.addAttribute("groups", TextInsights.VerbatimFilter.GROUPS);
        model.addAttribute("clusters", TextInsights.VerbatimFilter.CLUSTERS);
        TextInsights.VerbatimFilter filter;
        int skip;
        try {
            filter = new TextInsights.VerbatimFilter(topic, sentiment, cluster, group, touchpoint, stage);
            skip = offset(offset);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", ex.getMessage());
            model.addAttribute("f", TextInsights.VerbatimFilter.none());
            model.addAttribute("page", new TextInsights.VerbatimPage(List.of(), 0, 0, VERBATIMS_PER_PAGE));
            model.addAttribute("items", List.of());
            return "insights/verbatims";
        }
        TextInsights.VerbatimPage page = insights.verbatims(scope, filter, skip, VERBATIMS_PER_PAGE);
        model.addAttribute("f", filter);
        model.addAttribute("page", page);
        model.addAttribute("items", page.items().stream()
                .map(v -> new VerbatimView(v, segments(v.text(), v.aspects()))).toList());
        return "insights/verbatims";
    }

    /** Most comments one export holds; a wider export is cut there and says so in its last row. */
    static final int EXPORT_LIMIT = 100_000;

    /**
     * The same comments as the verbatim list, as CSV for a spreadsheet: one row per comment with its topics (path and
     * sentiment) and emotion clusters. UTF-8 with a byte order mark; cells that a spreadsheet would run as a formula
     * are made inert (customer text is untrusted).
     */
    @GetMapping("/insights/verbatims.csv")
    void verbatimsCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String property, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String sentiment, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) String group, @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String stage, HttpServletResponse response) throws java.io.IOException {
        Scope scope = scope(from, to, property);
        LocalDate start = scope.from();
        LocalDate end = scope.to();
        TextInsights.VerbatimFilter filter;
        try {
            filter = new TextInsights.VerbatimFilter(topic, sentiment, cluster, group, touchpoint, stage);
        }
        catch (InvalidInputException ex) {
            // Before anything is written: a plain answer naming the field, not a half file.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(ex.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"verbatims-" + start + "-to-" + end + ".csv\"");
        java.io.Writer w = new java.io.OutputStreamWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
        w.write('\uFEFF');
        org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(w,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader("id", "date", "kind", "source", "property",
                        "touchpoint", "nps", "sentiment", "mixed", "language", "topics", "emotions", "comment").get());
        int done = 0;
        long total = -1;
        while (done < EXPORT_LIMIT) {
            TextInsights.VerbatimPage page = insights.verbatims(scope, filter, done, Math.min(1000, EXPORT_LIMIT - done),
                    total);
            total = page.total();
            for (TextInsights.Verbatim v : page.items()) {
                String topics = v.aspects().stream().map(a -> a.path() + ": " + a.label()).distinct()
                        .collect(java.util.stream.Collectors.joining("; "));
                out.printRecord(v.id(), v.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate(), v.kind(),
                        SpreadsheetCells.inert(v.source()), SpreadsheetCells.inert(v.property()),
                        SpreadsheetCells.inert(v.touchpoint()), v.nps(), v.analysed() ? v.label() : "not analysed",
                        v.mixed(), v.language(), SpreadsheetCells.inert(topics), String.join("; ", v.clusters()),
                        SpreadsheetCells.inert(v.text()));
            }
            done += page.items().size();
            if (!page.hasNext() || page.items().isEmpty()) {
                break;
            }
        }
        if (done < total) {
            out.printRecord("", "", "", "", "", "", "", "", "", "", "", "",
                    "Export cut at " + EXPORT_LIMIT + " of " + total + " comments; narrow the period or filters.");
        }
        out.flush();
    }

    private static int offset(String s) {
        try {
            int o = Integer.parseInt(s.trim());
            if (o >= 0 && o <= 1_000_000) {
                return o;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw new InvalidInputException("offset", "use a whole number from 0 to 1000000");
    }

    private static Map<String, Map<String, Long>> pivot(List<TextInsights.EmotionCount> counts) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        counts.forEach(c -> out.computeIfAbsent(c.group(), k -> new LinkedHashMap<>()).put(c.cluster(), c.comments()));
        return out;
    }

    /** A suggested topic with the sentences of up to two comments that use it. */
    record SuggestionView(String phrase, int texts, List<String> examples) {
    }

    /**
     * The sentence of a comment in which a suggested phrase occurs (its first word, any case), readable and at most
     * 200 characters; the whole comment, cut, when no sentence has it. Thymeleaf escapes it.
     */
    static String example(String stored, String phrase) {
        // The engine's own sentences (markup blanked, references decoded), so the example is the sentence it read.
        PreparedText p = PreparedText.of(stored);
        String first = phrase.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        String pick = p.readable(0, stored.length());
        for (int i = 0; i < p.sentences.size(); i++) {
            String sentence = p.readable(p.sentenceStart(i), p.sentenceEnd(i));
            if (sentence.toLowerCase(java.util.Locale.ROOT).contains(first)) {
                pick = sentence;
                break;
            }
        }
        pick = pick.replaceAll("\\s+", " ").trim();
        return pick.length() <= 200 ? pick : pick.substring(0, 199) + "\u2026";
    }

    /** A piece of the comment, highlighted when it is an aspect mention. */
    record Segment(String text, String label, String title) {
    }

    @GetMapping("/feedback/{id}/analysis")
    String comment(@PathVariable long id, Model model) {
        Comment c = insights.comment(id).orElseThrow(() -> new NotFoundException(
                "comment " + id + " has not been analysed (yet)"));
        model.addAttribute("c", c);
        String readable = TextAnalyzer.readable(c.text());
        model.addAttribute("segments", cut(readable, c.aspects()));
        // Shown readable above; what was received, markup and all, stays one click away.
        model.addAttribute("received", readable.equals(c.text()) ? null : c.text());
        model.addAttribute("paths", c.aspects().stream().map(Aspect::path).distinct().toList());
        // Recomputed (well under a millisecond): what a phrase correction would change, with today's phrases.
        model.addAttribute("opinionWords", analyses.opinionWords(c.text()));
        return "insights/comment";
    }

    /**
     * The comment cut at its aspect mentions, as a reader should see it: markup it came with blanked and character
     * references decoded ({@link TextAnalyzer#readable}; same length, so the stored spans still fit). Thymeleaf
     * escapes every piece.
     */
    static List<Segment> segments(String stored, List<Aspect> aspects) {
        return cut(TextAnalyzer.readable(stored), aspects);
    }

    /** {@link #segments} of a comment already made readable. */
    private static List<Segment> cut(String text, List<Aspect> aspects) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Aspect a : aspects.stream().sorted((x, y) -> Integer.compare(x.start(), y.start())).toList()) {
            if (a.start() < at || a.end() > text.length() || a.start() >= a.end()) {
                continue;
            }
            if (a.start() > at) {
                out.add(new Segment(text.substring(at, a.start()), null, null));
            }
            out.add(new Segment(text.substring(a.start(), a.end()), a.label(), a.path() + ": " + a.label()));
            at = a.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null));
        }
        // Line breaks and spaces left at either end by markup ("<p>...</p>") would show as empty lines.
        if (!out.isEmpty() && out.get(0).label() == null) {
            out.set(0, new Segment(out.get(0).text().stripLeading(), null, null));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).label() == null) {
            out.set(last, new Segment(out.get(last).text().stripTrailing(), null, null));
        }
        return out;
    }

    @PostMapping("/feedback/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "text") String target,
            @RequestParam String label, @RequestParam(required = false) String phrase, Principal who,
            RedirectAttributes flash) {
        try {
            analyses.correct(id, target, label, phrase, who.getName());
            flash.addFlashAttribute("notice", "Correction kept" + (phrase == null || phrase.isBlank() ? "."
                    : "; '" + phrase.trim() + "' now reads as " + label + " in every comment analysed from now on."));
        }
        catch (InvalidInputException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/feedback/" + id + "/analysis";
    }

    /** Names of the business's properties and its brand: frequent in comments, never a topic. */
    private List<String> ownNames() {
        return jdbc.sql("select name from property union select name from organisation").query(String.class).list();
    }

    @GetMapping("/insights/taxonomy")
    String taxonomy(Model model) {
        Taxonomy t = analyses.taxonomy();
        model.addAttribute("topics", t.topics());
        model.addAttribute("version", analyses.taxonomyVersion());
        model.addAttribute("job", analyses.latestJob().orElse(null));
        // Frequent phrases in the sentences of recent comments that no topic covers.
        List<String> uncovered = jdbc.sql("""
                select f.text from feedback f join feedback_text t on t.feedback_id = f.id
                order by f.occurred_at desc limit 5000""").query(String.class).list();
        List<TopicSuggestion> suggestions = t.topics().isEmpty() ? List.of()
                : io.touchpoint.text.TopicSuggester.forTaxonomy(t).ignoring(ownNames()).suggest(uncovered, 12);
        model.addAttribute("suggestions", suggestions.stream().map(s -> new SuggestionView(s.phrase(), s.texts(),
                s.examples().stream().map(i -> example(uncovered.get(i), s.phrase())).distinct().limit(2).toList()))
                .toList());
        return "insights/taxonomy";
    }

    @PostMapping("/insights/taxonomy/terms")
    String addTerms(@RequestParam String path, @RequestParam String terms, Principal who, RedirectAttributes flash) {
        return change(flash, who, t -> {
            if (t.find(path).isEmpty()) {
                throw new InvalidInputException("path", "no topic '" + path + "'");
            }
            return t.withTerms(path, split(terms));
        });
    }

    @PostMapping("/insights/taxonomy/terms/remove")
    String removeTerm(@RequestParam String path, @RequestParam String term, Principal who, RedirectAttributes flash) {
        return change(flash, who, t -> t.withoutTerms(path, List.of(term)));
    }

    @PostMapping("/insights/taxonomy/topics")
    String addTopic(@RequestParam(required = false) String parent, @RequestParam String name,
            @RequestParam String terms, Principal who, RedirectAttributes flash) {
        return change(flash, who, t -> {
            if (name == null || name.isBlank() || name.length() > 80 || name.contains(">")) {
                throw new InvalidInputException("name", "1-80 characters, without '>'");
            }
            Topic topic = Topic.leaf(name.trim(), split(terms));
            return parent == null || parent.isBlank() ? t.withTopic(topic) : t.withSubtopic(parent, topic);
        });
    }

    private interface Edit {
        Taxonomy apply(Taxonomy t);
    }

    private String change(RedirectAttributes flash, Principal who, Edit edit) {
        try {
            Taxonomy next = edit.apply(analyses.taxonomy());
            var job = analyses.changeTaxonomy(next, who.getName());
            flash.addFlashAttribute("notice", "Taxonomy saved. Comments are being analysed again ("
                    + job.total() + " to do).");
        }
        catch (InvalidInputException | IllegalArgumentException ex) {
            flash.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/insights/taxonomy";
    }

    @GetMapping("/insights/jobs/latest")
    String job(Model model) {
        model.addAttribute("job", analyses.latestJob().orElse(null));
        return "insights/taxonomy :: job";
    }

    private static List<String> split(String terms) {
        List<String> out = Arrays.stream(terms == null ? new String[0] : terms.split("[,\\n]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (out.isEmpty()) {
            throw new InvalidInputException("terms", "give at least one term (comma separated)");
        }
        return out;
    }

    /** The period of a page: {@code to} (default today, UTC) and the 180 days up to it unless {@code from} is given. */
    private Scope scope(String from, String to, String property) {
        LocalDate end = day(to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return new Scope(day(from, end.minusDays(179)), end,
                property == null || property.isBlank() ? null : property.trim());
    }

    private static LocalDate day(String s, LocalDate fallback) {
        try {
            return s == null || s.isBlank() ? fallback : LocalDate.parse(s.trim());
        }
        catch (DateTimeParseException ex) {
            return fallback;
        }
    }
}
