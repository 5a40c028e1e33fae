package io.touchpoint.text.token;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * HTML markup in a comment (a review scraped with its {@code <br>}s, a hostile {@code <img onerror=alert(1)>}) is not
 * what the customer said. Before tokenizing, tags of known HTML elements, HTML comments and the bodies of
 * {@code script}/{@code style} elements are overwritten with spaces, character for character, so every offset into
 * the result is an offset into the original text (aspect spans and evidence point at what the customer wrote). A
 * tag that breaks a line ({@code <br>}, {@code </p>}, {@code <li>} ...) becomes a line break, which ends a sentence.
 *
 * <p>Only names of HTML elements count as tags: "&lt;3", "a &lt; b" and "&lt;sigh&gt;" are text. Character
 * references ({@code &amp;}, {@code &#39;}, {@code &rsquo;}) are decoded in place: the character they stand for is
 * written at the reference's first position and the rest is filled with {@link #FILLER}, which the tokenizer reads
 * as nothing at all, inside a word or between words. So "don&amp;#39;t" is read as "don't" (a negation, which the
 * encoded apostrophe used to hide) and offsets are kept. The entity table is Apache Commons Text's (HTML 4).
 * Hand-written rather than an HTML parser (jsoup) because a parser rebuilds the text and loses the offsets.
 */
public final class Markup {

    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?(?:-->|\\z)"
                    + "|<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)"
                    + "|</?([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Fills the rest of a decoded character reference: a soft hyphen, invisible in text and to the tokenizer. */
    public static final char FILLER = '\u00AD';

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private static final Set<String> ELEMENTS = Set.of("a", "abbr", "address", "area", "article", "aside", "audio",
            "b", "base", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption",
            "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt",
            "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
            "label", "legend", "li", "link", "main", "mark", "marquee", "meta", "nav", "noscript", "object", "ol",
            "optgroup", "option", "p", "param", "picture", "pre", "q", "s", "samp", "section", "select", "small",
            "source", "span", "strike", "strong", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
            "textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var", "video", "wbr");

    private static final Set<String> LINE_BREAKS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "table", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre", "section", "article", "header", "footer", "dd",
            "dt", "dl", "title", "body", "html", "head");

    private Markup() {
    }

    /**
     * The text with its markup overwritten by spaces and its character references decoded in place (same length);
     * the same instance when it has neither.
     */
    public static String blank(String text) {
        String out = text.indexOf('<') >= 0 ? blankTags(text) : text;
        return out.indexOf('&') >= 0 ? decode(out) : out;
    }

    /** The text without the fill of decoded references: what a reader sees (offsets no longer match). */
    public static String dropFiller(String s) {
        return s.indexOf(FILLER) < 0 ? s : s.replace(String.valueOf(FILLER), "");
    }

    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        char[] out = null;
        while (m.find()) {
            String decoded = StringEscapeUtils.unescapeHtml4(m.group());
            if (decoded.equals(m.group()) || decoded.length() > m.end() - m.start()) {
                continue; // not an HTML 4 reference
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                int k = i - m.start();
                out[i] = k < decoded.length() ? decoded.charAt(k) : FILLER;
            }
        }
        return out == null ? text : new String(out);
    }

    private static String blankTags(String text) {
        Matcher m = MARKUP.matcher(text);
        char[] out = null;
        while (m.find()) {
            String element = m.group(2);
            String name = element == null ? null : element.toLowerCase(Locale.ROOT);
            if (name != null && !ELEMENTS.contains(name)) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
            if (name != null && LINE_BREAKS.contains(name)) {
                out[m.start()] = '\n';
            }
        }
        return out == null ? text : new String(out);
    }
}
