package io.touchpoint.app.analytics;

import io.touchpoint.app.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a metric is broken down by, as a request writes it: a {@link Dimension} code ({@code touchpoint},
 * {@code segment}, ...) or {@code attribute:<name>} for a custom attribute of the customers.
 *
 * @param attribute the custom attribute's name, for {@link Dimension#ATTRIBUTE} only
 */
public record Breakdown(Dimension dimension, String attribute) {

    /** The custom attribute that holds a customer's segment (business, leisure, ...). */
    public static final String SEGMENT_ATTRIBUTE = "segment";
    public static final String ATTRIBUTE_PREFIX = "attribute:";
    /** As custom attribute names are stored (see CustomerProfiles.setAttribute). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public Breakdown {
        if (dimension == Dimension.ATTRIBUTE) {
            if (attribute == null || !NAME.matcher(attribute).matches()) {
                throw new InvalidInputException("groupBy", "after 'attribute:' give the name of a custom attribute: "
                        + "1-64 letters, digits, '.', '-' or '_'");
            }
        }
        else if (attribute != null) {
            throw new IllegalArgumentException("only an attribute breakdown names an attribute");
        }
    }

    public static Breakdown of(Dimension dimension) {
        return new Breakdown(dimension, null);
    }

    /**
     * Parses a {@code groupBy} value; blank means none.
     *
     * @throws InvalidInputException naming the field {@code groupBy}
     */
    public static Breakdown parse(String groupBy) {
        String s = groupBy == null ? "" : groupBy.trim();
        if (s.regionMatches(true, 0, ATTRIBUTE_PREFIX, 0, ATTRIBUTE_PREFIX.length())) {
            return new Breakdown(Dimension.ATTRIBUTE, s.substring(ATTRIBUTE_PREFIX.length()).trim());
        }
        if (s.toLowerCase(Locale.ROOT).equals("attribute")) {
            throw new InvalidInputException("groupBy", "name the attribute: attribute:<name>, e.g. attribute:tier");
        }
        return of(Dimension.parse(s).orElseThrow(() -> new InvalidInputException("groupBy",
                "unknown grouping '" + groupBy + "'; use one of " + Dimension.codes())));
    }

    /** The custom attribute whose current value names each group, or null for the other dimensions. */
    public String attributeName() {
        return switch (dimension) {
            case SEGMENT -> SEGMENT_ATTRIBUTE;
            case ATTRIBUTE -> attribute;
            default -> null;
        };
    }

    /** As written in requests: {@code touchpoint}, {@code segment}, {@code attribute:tier}. */
    public String code() {
        return dimension == Dimension.ATTRIBUTE ? ATTRIBUTE_PREFIX + attribute : dimension.code();
    }

    /** For titles: "touchpoint", "age band", "attribute tier". */
    public String label() {
        return dimension == Dimension.ATTRIBUTE ? "attribute " + attribute : dimension.code().replace('_', ' ');
    }
}
