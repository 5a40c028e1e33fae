package io.touchpoint.app.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normalised identifier. Normalising before matching is what makes "Ann@Example.com " and
 * "ann@example.com", or "+44 20 7946 0018" and "0044-20-7946-0018", the same person. Build instances with the
 * factory methods, which throw {@link IllegalArgumentException} with a human reason for values that are not
 * identifiers.
 *
 * @param type the kind of identifier
 * @param source the source system for {@link IdentityType#EXTERNAL} ids, otherwise empty
 * @param value the normalised value
 */
public record Identifier(IdentityType type, String source, String value) implements Comparable<Identifier> {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern SOURCE = Pattern.compile("^[a-z0-9][a-z0-9_.-]{0,63}$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Comparator<Identifier> ORDER = Comparator.comparing(Identifier::type)
            .thenComparing(Identifier::source).thenComparing(Identifier::value);

    /** Emails are matched case-insensitively: providers treat the local part that way in practice. */
    public static Identifier email(String raw) {
        String v = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        return new Identifier(IdentityType.EMAIL, "", v);
    }

    /**
     * Phones are stored in E.164. A number without a country code is read in {@code defaultRegion}
     * (ISO 3166 alpha-2); without one it must start with '+' or '00'.
     */
    public static Identifier phone(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw new IllegalArgumentException("not a phone number");
        }
        String s = raw.trim();
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        try {
            PhoneNumber number = PHONES.parse(s, defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT));
            if (!PHONES.isPossibleNumber(number)) {
                throw new IllegalArgumentException("not a possible phone number");
            }
            return new Identifier(IdentityType.PHONE, "", PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        catch (NumberParseException ex) {
            throw new IllegalArgumentException(defaultRegion == null
                    ? "not a phone number in international format (+country code)"
                    : "not a phone number");
        }
    }

    /** Loyalty numbers: case and inner spaces or dashes carry no meaning. */
    public static Identifier loyalty(String raw) {
        String v = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (v.isEmpty() || v.length() > 64) {
            throw new IllegalArgumentException("loyalty number must be 1-64 characters");
        }
        return new Identifier(IdentityType.LOYALTY, "", v);
    }

    /** An id in another system (PMS, CRM, booking engine); the source names that system. */
    public static Identifier external(String source, String raw) {
        String src = source == null ? "" : source.trim().toLowerCase(Locale.ROOT);
        if (!SOURCE.matcher(src).matches()) {
            throw new IllegalArgumentException("source system must be 1-64 lower-case letters, digits, '.', '-' or '_'");
        }
        String v = raw == null ? "" : raw.trim();
        if (v.isEmpty() || v.length() > 128) {
            throw new IllegalArgumentException("external id must be 1-128 characters");
        }
        return new Identifier(IdentityType.EXTERNAL, src, v);
    }

    @Override
    public int compareTo(Identifier o) {
        return ORDER.compare(this, o);
    }

    /** How the identifier shows in the API's {@code identities} list: externals as "source:value". */
    public String display() {
        return type == IdentityType.EXTERNAL ? source + ":" + value : value;
    }
}
