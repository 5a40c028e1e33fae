package io.touchpoint.app.analytics.web;

import io.touchpoint.app.analytics.web.DashboardFilters.Filters;
import io.touchpoint.app.analytics.web.DashboardFilters.Period;
import io.touchpoint.app.analytics.Breakdown;
import io.touchpoint.app.analytics.Dimension;
import io.touchpoint.app.analytics.FeedbackMetrics;
import io.touchpoint.app.analytics.FeedbackMetrics.MatrixCell;
import io.touchpoint.app.analytics.Metric;
import io.touchpoint.app.analytics.MetricQuery;
import io.touchpoint.app.analytics.MetricReport;
import io.touchpoint.app.analytics.MetricRow;
import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.stats.TrendChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CX dashboard: NPS, CSAT, CES and review rating tiles with trend and interval, breakdowns and a touchpoint
 * heatmap.
 */
@Controller
class DashboardPages {

    private final FeedbackMetrics metrics;
    private final TouchpointCatalog catalog;
    private final DashboardFilters filters;
    private final JsonMapper json;

    DashboardPages(FeedbackMetrics metrics, TouchpointCatalog catalog, DashboardFilters filters, JsonMapper json) {
        this.metrics = metrics;
        this.catalog = catalog;
        this.filters = filters;
        this.json = json;
    }

    record Tile(Metric metric, String title, MetricRow current, MetricRow previous, TrendChange change) {
    }

    /** A choice of the breakdown select: its groupBy code and its label. */
    record Choice(String code, String label) {
    }

    /** Custom attributes offered as breakdowns; more can still be asked for by URL. */
    private static final int ATTRIBUTE_CHOICES = 50;
    private static final List<Dimension> DIMENSIONS = List.of(Dimension.PROPERTY, Dimension.TOUCHPOINT,
            Dimension.STAGE, Dimension.CHANNEL, Dimension.KIND, Dimension.AGE_BAND, Dimension.GENDER,
            Dimension.INCOME_BAND, Dimension.COUNTRY, Dimension.SEGMENT);

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute Filters f, Model model) {
        Period p = filters.period(f);
        Dimension grain = Dimension.parse(blankTo(f.grain(), "week")).filter(d -> d == Dimension.DAY
                || d == Dimension.WEEK || d == Dimension.MONTH).orElse(Dimension.WEEK);
        Breakdown breakdown = breakdown(f.breakdown());
        Metric breakdownMetric = Metric.parse(f.metric()).orElse(Metric.NPS);
        long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        List<Tile> tiles = new ArrayList<>();
        Map<String, Object> charts = new LinkedHashMap<>();
        try {
            for (Metric m : Metric.values()) {
                MetricQuery current = filters.query(m, p.from(), p.to(), Dimension.NONE, f);
                MetricQuery previous = filters.query(m, p.from().minusDays(days), p.from().minusDays(1), Dimension.NONE, f);
                tiles.add(new Tile(m, title(m), metrics.report(current).overall(), metrics.report(previous).overall(),
                        metrics.change(previous, current)));
                charts.put(m.name().toLowerCase(), metrics.report(filters.query(m, p.from(), p.to(), grain, f)).groups());
            }
            List<MatrixCell> heat = metrics.matrix(filters.query(Metric.NPS, p.from(), p.to(), grain, f), Dimension.TOUCHPOINT, grain);
            charts.put("heatmap", heat);
            model.addAttribute("breakdownReport", null);
            model.addAttribute("showBreakdown", true);
        }
        catch (InvalidInputException ex) {
            model.addAttribute("error", ex.getMessage());
            model.addAttribute("breakdownReport", null);
            model.addAttribute("showBreakdown", false);
        }
        if (!model.containsAttribute("error")) {
            // Apart from the rest: a custom attribute nobody has spoils the breakdown only, with its own message.
            try {
                model.addAttribute("breakdownReport",
                        metrics.report(filters.query(breakdownMetric, p.from(), p.to(), breakdown, f)));
            }
            catch (InvalidInputException ex) {
                model.addAttribute("breakdownError", ex.errors().get(0).message());
            }
        }
        model.addAttribute("tiles", tiles);
        // Embedded in a <script type="application/json">: escape '<' so no label can close the element.
        model.addAttribute("chartData", json.writeValueAsString(charts).replace("<", "\\u003c")
                .replace(">", "\\u003e").replace("&", "\\u0026"));
        model.addAttribute("f", f);
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("grain", grain.code());
        model.addAttribute("breakdown", breakdown.code());
        model.addAttribute("breakdownMetric", breakdownMetric.name().toLowerCase());
        model.addAttribute("dimensions", choices(breakdown));
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("touchpoints", catalog.touchpoints());
        model.addAttribute("stages", catalog.stages());
        model.addAttribute("channels", Channel.values());
        return "analytics/dashboard";
    }

    /** The chosen breakdown; one that cannot be read falls back to touchpoint, as an unknown choice always did. */
    private static Breakdown breakdown(String code) {
        try {
            Breakdown b = Breakdown.parse(blankTo(code, "touchpoint"));
            return b.dimension() == Dimension.NONE ? Breakdown.of(Dimension.TOUCHPOINT) : b;
        }
        catch (InvalidInputException ex) {
            return Breakdown.of(Dimension.TOUCHPOINT);
        }
    }

    /** The fixed dimensions (segment among them), then each custom attribute held as text. */
    private List<Choice> choices(Breakdown current) {
        List<Choice> out = new ArrayList<>();
        for (Dimension d : DIMENSIONS) {
            String code = d.code();
            out.add(new Choice(code, Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('_', ' ')));
        }
        List<String> names = new ArrayList<>(metrics.groupingAttributes(ATTRIBUTE_CHOICES));
        if (current.dimension() == Dimension.ATTRIBUTE && !names.contains(current.attribute())) {
            names.add(current.attribute());
        }
        for (String name : names) {
            if (!name.equals(Breakdown.SEGMENT_ATTRIBUTE)) {
                Breakdown b = new Breakdown(Dimension.ATTRIBUTE, name);
                out.add(new Choice(b.code(), "Attribute: " + name));
            }
        }
        return out;
    }

    static String title(Metric m) {
        return switch (m) {
            case NPS -> "Net Promoter Score";
            case CSAT -> "Customer satisfaction (top-2-box)";
            case CES -> "Customer effort (share easy)";
            case RATING -> "Review rating";
        };
    }

    private static String blankTo(String s, String d) {
        return s == null || s.isBlank() ? d : s;
    }
}
