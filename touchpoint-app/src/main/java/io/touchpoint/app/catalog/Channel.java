package io.touchpoint.app.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The channels through which a customer meets the business. */
public enum Channel {
    WEB("web", "Web"),
    MOBILE_APP("mobile_app", "Mobile app"),
    EMAIL("email", "Email"),
    PHONE("phone", "Phone"),
    CHAT("chat", "Chat"),
    SOCIAL("social", "Social media"),
    REVIEW_SITE("review_site", "Review site"),
    IN_PERSON("in_person", "In person"),
    SMS("sms", "SMS"),
    KIOSK("kiosk", "Kiosk"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Channel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the code in any case, with '-' or ' ' for '_' (e.g. "Mobile-App"). */
    public static Optional<Channel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(c -> c.code.equals(v)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Channel::code).toList());
    }
}
