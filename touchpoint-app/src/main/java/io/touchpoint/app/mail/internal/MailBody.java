package io.touchpoint.app.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain-text email template with {@code {placeholders}}, rendered to text and to HTML. The HTML part escapes the
 * template text and every value alike, so neither a guest's name nor a template edited in the UI can inject markup;
 * link placeholders become anchors. Pure: no Spring, unit-tested.
 */
public final class MailBody {

    public static final Set<String> PLACEHOLDERS = Set.of("firstName", "lastName", "hotelName", "surveyTitle",
            "surveyLink", "unsubscribeLink");
    public static final Set<String> LINKS = Set.of("surveyLink", "unsubscribeLink");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private MailBody() {
    }

    public record Rendered(String subject, String text, String html) {
    }

    /** Unknown placeholders, in order of appearance (a typo like {firstname} would otherwise go out verbatim). */
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1)) && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    public static boolean uses(String template, String placeholder) {
        return template != null && template.contains("{" + placeholder + "}");
    }

    public static Rendered render(String subject, String body, Map<String, String> values) {
        return new Rendered(subject(subject, values), text(body, values), html(body, values));
    }

    /** One line: values lose their line breaks, so nothing can add a header. */
    static String subject(String template, Map<String, String> values) {
        return replace(template, values, v -> v.replaceAll("[\\r\\n\\t]+", " "), s -> s).replaceAll("[\\r\\n]+", " ")
                .strip();
    }

    static String text(String template, Map<String, String> values) {
        return replace(template, values, v -> v, s -> s);
    }

    static String html(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;"
                + "line-height:1.5\"><p>");
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(escapeText(template.substring(last, m.start())));
            String name = m.group(1);
            String value = values.get(name);
            if (!PLACEHOLDERS.contains(name) || value == null) {
                out.append(escapeText(m.group()));
            }
            else if (LINKS.contains(name)) {
                String href = HtmlUtils.htmlEscape(value);
                out.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
            }
            else {
                out.append(escapeText(value));
            }
            last = m.end();
        }
        out.append(escapeText(template.substring(last)));
        return out.append("</p></body></html>").toString();
    }

    private static String escapeText(String s) {
        return HtmlUtils.htmlEscape(s.replace("\r\n", "\n")).replaceAll("\n{2,}", "</p><p>").replace("\n", "<br>");
    }

    private static String replace(String template, Map<String, String> values,
            java.util.function.UnaryOperator<String> value, java.util.function.UnaryOperator<String> literal) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(literal.apply(template.substring(last, m.start())));
            String v = PLACEHOLDERS.contains(m.group(1)) ? values.get(m.group(1)) : null;
            out.append(v == null ? m.group() : value.apply(v));
            last = m.end();
        }
        return out.append(literal.apply(template.substring(last))).toString();
    }
}
