package io.touchpoint.app.demo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The demo's reviews give the dashboard's review rating tile a plausible figure: over the default period (the last 90
 * days) each hotel has enough ratings for an interval, and the mean in stars (1 + 4 x normalised rating, on the
 * rollup's percent points) tells the demo's story: Lisbon rated best, Edinburgh, whose check-in slipped, worst.
 */
class DemoReviewRatingTest {

    static final LocalDate ANCHOR = LocalDate.of(2026, 5, 14);

    @Test
    void eachHotelHasAPlausibleReviewRatingOverTheDefaultPeriod() {
        DemoScenario scenario = DemoScenario.generate(DemoScenario.DEFAULT_SEED, ANCHOR);
        LocalDate from = ANCHOR.minusDays(89);
        Map<String, long[]> byHotel = new TreeMap<>();
        for (GuestFeedback.Item r : GuestFeedback.of(scenario)) {
            LocalDate day = r.at().atZone(ZoneOffset.UTC).toLocalDate();
            if (r.rating() == null || day.isBefore(from) || day.isAfter(ANCHOR)) {
                continue;
            }
            assertThat(r.kind()).isEqualTo("review");
            assertThat(r.rating()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            long[] t = byHotel.computeIfAbsent(r.hotel(), h -> new long[3]);
            t[0]++;
            t[1] += Math.round(r.rating().doubleValue() * 100);
            t[2] += r.rating().compareTo(new BigDecimal("0.75")) >= 0 ? 1 : 0;
        }
        Map<String, Double> stars = new TreeMap<>();
        byHotel.forEach((hotel, t) -> {
            assertThat(t[0]).as(hotel + ": enough ratings for an interval").isGreaterThanOrEqualTo(30);
            assertThat(t[2]).as(hotel + ": some rated 4 stars or more, not all").isBetween(1L, t[0] - 1);
            stars.put(hotel, 1 + (double) t[1] / t[0] / 25);
        });
        assertThat(stars).containsOnlyKeys("aurora-lisbon", "aurora-edinburgh", "aurora-boston");
        assertThat(stars.values()).allSatisfy(s -> assertThat(s).isBetween(2.5, 4.8));
        assertThat(stars.get("aurora-lisbon")).isGreaterThan(stars.get("aurora-boston"))
                .isGreaterThan(stars.get("aurora-edinburgh"));
    }
}
