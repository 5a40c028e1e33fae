package io.touchpoint.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.app.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How groupBy values are read: dimension codes, segment, attribute:&lt;name&gt;. */
class BreakdownTest {

    @Test
    void readsDimensionsSegmentAndAttributes() {
        assertThat(Breakdown.parse(null)).isEqualTo(Breakdown.of(Dimension.NONE));
        assertThat(Breakdown.parse(" Income-Band ")).isEqualTo(Breakdown.of(Dimension.INCOME_BAND));
        Breakdown segment = Breakdown.parse("segment");
        assertThat(segment.dimension()).isEqualTo(Dimension.SEGMENT);
        assertThat(segment.attributeName()).isEqualTo("segment");
        assertThat(segment.code()).isEqualTo("segment");

        Breakdown tier = Breakdown.parse("Attribute:loyalty.Tier_2");
        assertThat(tier.dimension()).isEqualTo(Dimension.ATTRIBUTE);
        assertThat(tier.attributeName()).as("names are kept as stored, letter case too").isEqualTo("loyalty.Tier_2");
        assertThat(tier.code()).isEqualTo("attribute:loyalty.Tier_2");
        assertThat(Breakdown.parse(tier.code())).isEqualTo(tier);
        assertThat(tier.label()).isEqualTo("attribute loyalty.Tier_2");
        assertThat(Breakdown.of(Dimension.AGE_BAND).label()).isEqualTo("age band");
        assertThat(Breakdown.of(Dimension.TOUCHPOINT).attributeName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"planet", "attribute", "attribute:", "attribute:  ", "attribute:bad name",
            "attribute:tier;drop table customer", "attribute:<script>", "attribute:é",
            "attribute:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refusesWhatIsNotAGroupingNamingGroupBy(String groupBy) {
        assertThatThrownBy(() -> Breakdown.parse(groupBy)).isInstanceOfSatisfying(InvalidInputException.class,
                ex -> assertThat(ex.errors()).singleElement()
                        .satisfies(e -> assertThat(e.field()).isEqualTo("groupBy")));
    }

    @Test
    void aQueryCarriesItsBreakdown() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        MetricQuery q = new MetricQuery(Metric.NPS, d, d, Breakdown.parse("attribute:tier"), null, null, null, null,
                null, 0.95);
        assertThat(q.groupBy()).isEqualTo(Dimension.ATTRIBUTE);
        assertThat(q.attribute()).isEqualTo("tier");
        assertThat(q.breakdown()).isEqualTo(new Breakdown(Dimension.ATTRIBUTE, "tier"));
        assertThat(new MetricQuery(Metric.NPS, d, d, Dimension.SEGMENT, null, null, null, null, null, 0.95).breakdown()
                .attributeName()).isEqualTo("segment");
        assertThatThrownBy(() -> new MetricQuery(Metric.NPS, d, d, Dimension.ATTRIBUTE, null, null, null, null, null,
                0.95)).isInstanceOf(InvalidInputException.class);
        assertThat(Dimension.codes()).endsWith("country, segment, attribute:<name>");
    }
}
