package io.touchpoint.app.demo.scenario;

import io.touchpoint.app.customer.ProfileDetails;
import io.touchpoint.app.demo.scenario.DemoGuest.Alias;
import io.touchpoint.app.demo.scenario.DemoGuest.ConsentWishes;
import io.touchpoint.app.demo.scenario.DemoGuest.Contact;
import io.touchpoint.app.demo.scenario.DemoGuest.Tastes;
import io.touchpoint.app.demo.scenario.Places.City;
import io.touchpoint.app.demo.scenario.Places.Country;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the demo guest list. Deterministic: the same seed and anchor year give the same guests, whatever the
 * machine, because every draw comes from a seeded {@link SplittableRandom} in list order and nothing iterates a hash
 * map. Identifiers are unique by construction (emails are de-duplicated in list order, phones are drawn without
 * replacement, loyalty numbers are a bijection of the guest number).
 */
public final class DemoGuests {

    public static final int DEFAULT_COUNT = 21_000;

    private static final String[] DOMAINS = {"example.com", "example.com", "example.net", "example.org"};
    private static final String[] INCOME = {"under 25k", "25-50k", "50-75k", "75-100k", "100-150k", "150k+"};
    private static final String[] EDUCATION = {"secondary", "vocational", "bachelor", "master", "doctorate"};
    private static final String[] OCCUPATIONS = {"Teacher", "Nurse", "Software developer", "Designer",
        "Accountant", "Civil servant", "Architect", "Doctor", "Student", "Retired", "Journalist", "Chef",
        "Self-employed", "Engineer", "Pharmacist", "Photographer", "Police officer", "Marketing manager"};
    private static final String[] BUSINESS_OCCUPATIONS = {"Consultant", "Sales director", "Engineer", "Lawyer",
        "Executive", "Project manager", "Account manager", "Financial analyst", "Product manager", "Researcher"};

    private DemoGuests() {
    }

    public static List<DemoGuest> generate(long seed, LocalDate anchor, int count) {
        List<DemoGuest> guests = new ArrayList<>(count);
        Set<String> emails = new HashSet<>();
        PhoneRanges phones = new PhoneRanges();
        for (int i = 0; i < count; i++) {
            guests.add(guest(i, new SplittableRandom(Draw.mix(seed, i)), anchor.getYear(), emails, phones));
        }
        return List.copyOf(guests);
    }

    private static DemoGuest guest(int number, SplittableRandom r, int year, Set<String> emails, PhoneRanges phones) {
        Persona persona = Draw.weighted(r, List.of(Persona.values()), Persona::share);
        Country country = Draw.weighted(r, Places.COUNTRIES, Country::share);
        City city = Draw.pick(r, country.cities());

        double g = r.nextDouble();
        String gender = g < 0.49 ? "female" : g < 0.97 ? "male" : g < 0.98 ? "non_binary" : null;
        boolean female = "female".equals(gender) || (gender == null || gender.equals("non_binary")) && r.nextBoolean();
        String first = Draw.pick(r, (female ? Places.FEMALE : Places.MALE).get(country.culture()));
        String last = Draw.pick(r, Places.SURNAMES.get(country.culture()));

        int age = switch (persona) {
            case BUSINESS -> Draw.between(r, 26, 63);
            case LEISURE -> Draw.between(r, 23, 78);
            case FAMILY -> Draw.between(r, 29, 52);
            case EVENT -> Draw.between(r, 21, 72);
            case PROSPECT -> Draw.between(r, 19, 70);
        };
        Integer birthYear = r.nextDouble() < 0.08 ? null : year - age;
        String income = r.nextDouble() < 0.15 ? null : INCOME[incomeIndex(r, persona, age)];
        String occupation = r.nextDouble() < 0.2 ? null
                : age >= 67 ? "Retired"
                : persona == Persona.BUSINESS ? Draw.pick(r, BUSINESS_OCCUPATIONS)
                : age <= 24 && r.nextBoolean() ? "Student" : Draw.pick(r, OCCUPATIONS);
        String education = r.nextDouble() < 0.25 ? null
                : EDUCATION[Math.min(4, Draw.between(r, 0, 3) + (persona == Persona.BUSINESS ? 1 : 0))];
        ProfileDetails details = new ProfileDetails(first, last, birthYear, gender, income, occupation,
                country.code(), city.region(), city.name(), education, null, country.language());

        String phone = PhoneRanges.covers(country.code()) && r.nextDouble() < 0.72 ? phones.next(country.code()) : null;
        String email = r.nextDouble() < 0.95 || phone == null ? email(r, first, last, birthYear, emails) : null;
        double loyaltyShare = switch (persona) {
            case BUSINESS -> 0.7;
            case LEISURE, FAMILY -> 0.3;
            case EVENT -> 0.1;
            case PROSPECT -> 0.05;
        };
        String loyalty = r.nextDouble() < loyaltyShare ? loyaltyNumber(number, r) : null;
        Contact contact = new Contact(email, phone, loyalty);

        double[] home = country.homeHotelWeights();
        String homeHotel = HotelGroup.HOTELS.get(Draw.weightedIndex(r, home)).key();
        double app = switch (persona) {
            case BUSINESS -> loyalty != null ? 0.65 : 0.3;
            case LEISURE -> 0.2;
            case FAMILY -> 0.15;
            case EVENT -> 0.05;
            case PROSPECT -> 0.1;
        };
        boolean appUser = r.nextDouble() < app;
        String company = persona == Persona.BUSINESS ? Draw.pick(r, Places.COMPANIES) : null;

        Tastes tastes = tastes(r, persona, country.language());
        ConsentWishes consents = new ConsentWishes(r.nextDouble() < switch (persona) {
            case BUSINESS -> 0.45;
            case LEISURE -> 0.65;
            case FAMILY -> 0.6;
            case EVENT -> 0.4;
            case PROSPECT -> 0.8;
        }, phone != null && r.nextDouble() < 0.3, r.nextDouble() < 0.5);

        Alias alias = null;
        if (persona != Persona.PROSPECT && email != null && phone != null && loyalty != null && r.nextDouble() < 0.13) {
            String nick = Places.NICKNAMES.get(first);
            String otherCity = country.cities().size() > 1 ? otherCity(r, country, city) : city.name();
            alias = nick != null ? new Alias(nick, city.name()) : new Alias(first, otherCity);
        }
        return new DemoGuest(number, persona, details, contact, homeHotel, appUser, company, tastes, consents, alias);
    }

    private static int incomeIndex(SplittableRandom r, Persona persona, int age) {
        int base = switch (persona) {
            case BUSINESS -> 3;
            case FAMILY -> 2;
            case LEISURE -> age > 35 ? 2 : 1;
            case EVENT, PROSPECT -> 1;
        };
        return Math.max(0, Math.min(INCOME.length - 1, base + Draw.between(r, -1, 2) - (age < 25 ? 1 : 0)));
    }

    private static Tastes tastes(SplittableRandom r, Persona p, String language) {
        String room = p == Persona.PROSPECT || r.nextDouble() < 0.4 ? null : switch (p) {
            case BUSINESS -> Draw.pick(r, List.of("king", "king", "quiet room", "desk in room"));
            case FAMILY -> Draw.pick(r, List.of("family room", "connecting rooms", "twin"));
            default -> Draw.pick(r, List.of("king", "twin", "river or sea view", "suite", "accessible"));
        };
        double d = r.nextDouble();
        String dietary = d < 0.10 ? "vegetarian" : d < 0.14 ? "vegan" : d < 0.19 ? "gluten_free"
                : d < 0.22 ? "lactose_free" : d < 0.25 ? "halal" : d < 0.26 ? "kosher"
                : d < 0.28 ? "nut_allergy" : null;
        String channel = r.nextDouble() < 0.5 ? null : Draw.pick(r, List.of("email", "email", "sms", "mobile_app",
                "phone"));
        String pillow = r.nextDouble() < 0.1 ? Draw.pick(r, List.of("firm", "soft", "hypoallergenic")) : null;
        String floor = r.nextDouble() < 0.15 ? Draw.pick(r, List.of("high floor", "low floor", "away from lift"))
                : null;
        return new Tastes(room, dietary, channel, pillow, floor);
    }

    private static String email(SplittableRandom r, String first, String last, Integer birthYear, Set<String> taken) {
        String f = ascii(first);
        String l = ascii(last);
        double s = r.nextDouble();
        String local = s < 0.40 ? f + "." + l
                : s < 0.55 ? f + l
                : s < 0.70 ? f.charAt(0) + "." + l
                : s < 0.80 ? f + "_" + l
                : f + "." + l + (birthYear == null ? Draw.between(r, 10, 99) : birthYear % 100);
        String domain = Draw.pick(r, DOMAINS);
        String candidate = local + "@" + domain;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        // Some guests type capitals; identity resolution must still see one person.
        if (r.nextDouble() < 0.12) {
            return capitalise(candidate);
        }
        return candidate;
    }

    private static String capitalise(String email) {
        StringBuilder sb = new StringBuilder(email);
        boolean start = true;
        for (int i = 0; i < sb.length() && sb.charAt(i) != '@'; i++) {
            if (start) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
            start = sb.charAt(i) == '.' || sb.charAt(i) == '_';
        }
        return sb.toString();
    }

    /** Lower-case ASCII letters only: "Lefèbvre" becomes "lefebvre", "O'Brien" "obrien", "de Jong" "dejong". */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (c < 128 && Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** "AC" + 8 digits + a Luhn check digit; the 8 digits are a bijection of the guest number, so never repeat. */
    static String loyaltyNumber(int number, SplittableRandom r) {
        long body = (number * 7_919L + 1_234_567L) % 90_000_000L + 10_000_000L;
        String digits = Long.toString(body);
        String full = digits + luhn(digits);
        // Members type it with or without the dashes printed on the card.
        return r.nextDouble() < 0.3
                ? "AC-" + full.substring(0, 4) + "-" + full.substring(4, 8) + "-" + full.substring(8)
                : "AC" + full;
    }

    private static int luhn(String digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    private static String otherCity(SplittableRandom r, Country country, City current) {
        List<City> others = country.cities().stream().filter(c -> !c.equals(current)).toList();
        return Draw.pick(r, others).name();
    }
}
