package io.touchpoint.app.analytics.web;

import io.touchpoint.app.analytics.Breakdown;
import io.touchpoint.app.analytics.Dimension;
import io.touchpoint.app.analytics.FeedbackMetrics;
import io.touchpoint.app.analytics.FeedbackVerbatims;
import io.touchpoint.app.analytics.Metric;
import io.touchpoint.app.analytics.MetricQuery;
import io.touchpoint.app.analytics.MetricReport;
import io.touchpoint.app.analytics.MetricRow;
import io.touchpoint.app.analytics.web.DashboardFilters.Filters;
import io.touchpoint.app.analytics.web.DashboardFilters.Period;
import io.touchpoint.app.catalog.Channel;
import io.touchpoint.app.catalog.TouchpointCatalog;
import io.touchpoint.app.shared.InvalidInputException;
import io.touchpoint.app.shared.SpreadsheetCells;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The verbatims behind the numbers, and exports of any breakdown as CSV or PDF. */
@Controller
class FeedbackPages {

    private static final int PAGE = 50;

    private final FeedbackVerbatims verbatims;
    private final FeedbackMetrics metrics;
    private final TouchpointCatalog catalog;
    private final DashboardFilters dashboard;

    FeedbackPages(FeedbackVerbatims verbatims, FeedbackMetrics metrics, TouchpointCatalog catalog,
            DashboardFilters dashboard) {
        this.verbatims = verbatims;
        this.metrics = metrics;
        this.catalog = catalog;
        this.dashboard = dashboard;
    }

    @GetMapping("/feedback")
    String feedback(@ModelAttribute Filters f, @RequestParam(required = false) String segment,
            @RequestParam(defaultValue = "true") boolean commented, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Period p = dashboard.period(f);
        MetricQuery q = dashboard.query(Metric.NPS, p.from(), p.to(), Dimension.NONE, f);
        String seg = segment == null || segment.isBlank() ? null : segment;
        try {
            var list = verbatims.list(q, seg, commented, Math.max(0, page) * PAGE, PAGE + 1);
            model.addAttribute("items", list.size() > PAGE ? list.subList(0, PAGE) : list);
            model.addAttribute("more", list.size() > PAGE);
        }
        catch (InvalidInputException ex) {
            model.addAttribute("items", List.of());
            model.addAttribute("more", false);
            model.addAttribute("error", ex.getMessage());
        }
        model.addAttribute("f", f);
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("segment", seg);
        model.addAttribute("commented", commented);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("properties", catalog.properties());
        model.addAttribute("touchpoints", catalog.touchpoints());
        model.addAttribute("stages", catalog.stages());
        model.addAttribute("channels", Channel.values());
        return "analytics/feedback";
    }

    @GetMapping("/dashboard/export.csv")
    void csv(@ModelAttribute Filters f, @RequestParam(defaultValue = "nps") String metric,
            @RequestParam(defaultValue = "touchpoint") String groupBy, HttpServletResponse response) throws IOException {
        MetricReport report = report(f, metric, groupBy);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file(report, "csv") + "\"");
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT)) {
            out.printRecord(switch (report.metric()) {
                case NPS -> List.of("group", "label", "n", "promoters", "passives", "detractors", "nps",
                        "standard_error", "ci_lower", "ci_upper", "small_sample");
                case CSAT, CES -> List.of("group", "label", "n", "favourable", "share_percent", "ci_lower", "ci_upper",
                        "mean", "mean_ci_lower", "mean_ci_upper", "small_sample");
                // Same columns; the mean is in stars and favourable means 4 stars or more.
                case RATING -> List.of("group", "label", "n", "favourable_4_stars_or_more", "share_percent",
                        "ci_lower", "ci_upper", "mean_stars", "mean_stars_ci_lower", "mean_stars_ci_upper",
                        "small_sample");
            });
            for (MetricRow row : rows(report)) {
                if (row instanceof MetricRow.NpsRow r) {
                    out.printRecord(safe(r.key()), safe(r.label()), r.n(), r.promoters(), r.passives(), r.detractors(),
                            r.nps(), r.standardError(), r.ciLower(), r.ciUpper(), r.smallSample());
                }
                else if (row instanceof MetricRow.RatingRow r) {
                    out.printRecord(safe(r.key()), safe(r.label()), r.n(), r.favourable(), r.share(), r.ciLower(),
                            r.ciUpper(), r.mean(), r.meanCiLower(), r.meanCiUpper(), r.smallSample());
                }
            }
        }
    }

    @GetMapping("/dashboard/export.pdf")
    void pdf(@ModelAttribute Filters f, @RequestParam(defaultValue = "nps") String metric,
            @RequestParam(defaultValue = "touchpoint") String groupBy, HttpServletResponse response) throws IOException {
        MetricReport report = report(f, metric, groupBy);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file(report, "pdf") + "\"");
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, response.getOutputStream());
        doc.open();
        Font h = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        doc.add(new Paragraph(DashboardPages.title(report.metric()) + " by " + report.breakdown().label(), h));
        doc.add(new Paragraph(report.from() + " to " + report.to() + " · 95% intervals · groups with fewer than "
                + FeedbackMetrics.MINIMUM_SAMPLE + " answers are marked", small));
        boolean nps = report.metric() == Metric.NPS;
        boolean stars = report.metric() == Metric.RATING;
        PdfPTable table = new PdfPTable(nps ? 7 : stars ? 7 : 6);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String col : nps ? List.of("Group", "n", "Promoters", "Detractors", "NPS", "95% interval", "Note")
                : stars ? List.of("Group", "n", "Mean stars", "95% interval", "4 stars or more", "Share (95% interval)",
                        "Note")
                : List.of("Group", "n", "Favourable", "Share", "95% interval", "Note")) {
            table.addCell(new Paragraph(col, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9)));
        }
        for (MetricRow row : rows(report)) {
            table.addCell(new Paragraph(row.label(), small));
            table.addCell(new Paragraph(String.valueOf(row.n()), small));
            if (row instanceof MetricRow.NpsRow r) {
                table.addCell(new Paragraph(String.valueOf(r.promoters()), small));
                table.addCell(new Paragraph(String.valueOf(r.detractors()), small));
                table.addCell(new Paragraph(fmt(r.nps()), small));
                table.addCell(new Paragraph(fmt(r.ciLower()) + " to " + fmt(r.ciUpper()), small));
            }
            else if (row instanceof MetricRow.RatingRow r && stars) {
                table.addCell(new Paragraph(fmt2(r.mean()), small));
                table.addCell(new Paragraph(fmt2(r.meanCiLower()) + " to " + fmt2(r.meanCiUpper()), small));
                table.addCell(new Paragraph(String.valueOf(r.favourable()), small));
                table.addCell(new Paragraph(fmt(r.share()) + "% (" + fmt(r.ciLower()) + "% to " + fmt(r.ciUpper())
                        + "%)", small));
            }
            else if (row instanceof MetricRow.RatingRow r) {
                table.addCell(new Paragraph(String.valueOf(r.favourable()), small));
                table.addCell(new Paragraph(fmt(r.share()) + "%", small));
                table.addCell(new Paragraph(fmt(r.ciLower()) + "% to " + fmt(r.ciUpper()) + "%", small));
            }
            table.addCell(new Paragraph(row.smallSample() ? "small sample" : "", small));
        }
        doc.add(table);
        doc.close();
    }

    private MetricReport report(Filters f, String metric, String groupBy) {
        Period p = dashboard.period(f);
        Metric m = Metric.parse(metric).orElseThrow(() -> new InvalidInputException("metric", "use " + Metric.CODES));
        return metrics.report(dashboard.query(m, p.from(), p.to(), Breakdown.parse(groupBy), f));
    }

    private static List<MetricRow> rows(MetricReport report) {
        return report.groups().isEmpty() ? List.of(report.overall()) : report.groups();
    }

    private static String file(MetricReport r, String ext) {
        // Attribute names are letters, digits, '.', '-' and '_': safe in a file name once the ':' is replaced.
        return "touchpoint-" + r.metric().name().toLowerCase() + "-by-" + r.breakdown().code().replace(':', '-') + "-"
                + r.from() + "-" + r.to() + "." + ext;
    }

    /** Spreadsheet programs run cells starting with = + - @ as formulas: prefix them so exports are inert. */
    static String safe(String s) {
        return SpreadsheetCells.inert(s);
    }

    private static String fmt(Double d) {
        return d == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    /** Stars: two decimals, as the dashboard shows them. */
    private static String fmt2(Double d) {
        return d == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
