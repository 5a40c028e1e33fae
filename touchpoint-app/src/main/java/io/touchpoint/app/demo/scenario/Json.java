package io.touchpoint.app.demo.scenario;

import java.math.BigDecimal;
import java.util.List;

/** Just enough JSON writing for event properties and line items: flat objects of strings, numbers and booleans. */
final class Json {

    private Json() {
    }

    /** {@code object("page", "/rooms", "pages", 3)}: keys and values alternate; null values are left out. */
    static String object(Object... keyValues) {
        StringBuilder sb = new StringBuilder(64).append('{');
        boolean first = true;
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, (String) keyValues[i]);
            sb.append(':');
            value(sb, v);
        }
        return sb.append('}').toString();
    }

    static String array(List<String> objects) {
        return "[" + String.join(",", objects) + "]";
    }

    private static void value(StringBuilder sb, Object v) {
        if (v instanceof String s) {
            string(sb, s);
        }
        else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        }
        else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        }
        else {
            throw new IllegalArgumentException("unsupported JSON value " + v.getClass());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
