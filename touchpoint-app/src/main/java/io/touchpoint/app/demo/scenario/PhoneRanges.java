package io.touchpoint.app.demo.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phone numbers for demo guests, drawn only from ranges that regulators set aside for drama and examples (Ofcom,
 * the NANP 555-01XX block, ACMA, Bundesnetzagentur, ARCEP), so demo data never rings a real phone. The most common
 * example numbers (020 7946 0xxx, 07700 900xxx, +1 202/212/415) are left out: tests tend to use those.
 * Guests from other countries get no phone number.
 */
final class PhoneRanges {

    /** Each '#' is a free digit; the number as a guest would type it, spaces included. */
    private static final Map<String, List<String>> PATTERNS = Map.of(
            "GB", List.of("+44 113 496 0###", "+44 114 496 0###", "+44 115 496 0###", "+44 116 496 0###",
                    "+44 117 496 0###", "+44 118 496 0###", "+44 121 496 0###", "+44 131 496 0###",
                    "+44 141 496 0###", "+44 151 496 0###", "+44 161 496 0###", "+44 191 498 0###"),
            "US", nanp("617", "857", "781", "339", "508", "978", "413", "646", "917", "718", "347", "312", "773",
                    "872", "206", "425", "512", "737", "215", "267", "303", "720", "305", "786", "404", "470", "702",
                    "503", "612", "651", "314", "412", "614", "216", "313", "248", "619", "858", "916", "971"),
            "CA", nanp("416", "647", "437", "604", "778", "236", "613", "343", "514", "438"),
            "AU", List.of("+61 2 5550 ####", "+61 3 5550 ####", "+61 7 5550 ####", "+61 8 5550 ####"),
            "DE", List.of("+49 30 23125 ###", "+49 69 90009 ###", "+49 40 66969 ###", "+49 221 4710 ###",
                    "+49 89 99998 ###"),
            "FR", List.of("+33 1 99 00 ## ##", "+33 2 61 91 ## ##", "+33 3 53 01 ## ##", "+33 4 65 71 ## ##",
                    "+33 5 36 49 ## ##", "+33 6 39 98 ## ##"));

    // A step coprime to every pool size walks each pool without repeats and without a shuffled copy.
    private static final int STEP = 7919;

    private final Map<String, Integer> drawn = new HashMap<>();

    /** The next unused number of the country as typed ("+44 113 496 0123"), or null when there is none. */
    String next(String country) {
        List<String> patterns = PATTERNS.get(country);
        if (patterns == null) {
            return null;
        }
        int perPattern = (int) Math.pow(10, patterns.get(0).chars().filter(c -> c == '#').count());
        int size = perPattern * patterns.size();
        int k = drawn.merge(country, 1, Integer::sum) - 1;
        if (k >= size) {
            return null;
        }
        int index = (int) ((k * (long) STEP + 17) % size);
        String pattern = patterns.get(index / perPattern);
        int width = Integer.toString(perPattern - 1).length();
        String digits = String.format(Locale.ROOT, "%0" + width + "d", index % perPattern);
        StringBuilder sb = new StringBuilder(pattern.length());
        int d = 0;
        for (char c : pattern.toCharArray()) {
            sb.append(c == '#' ? digits.charAt(d++) : c);
        }
        return sb.toString();
    }

    static boolean covers(String country) {
        return PATTERNS.containsKey(country);
    }

    private static List<String> nanp(String... areaCodes) {
        return java.util.Arrays.stream(areaCodes).map(a -> "+1 " + a + " 555 01##").toList();
    }
}
