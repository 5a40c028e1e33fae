package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    @Test
    void defaultTaxonomyHasTheHospitalityTopicsOfTheIssue() {
        assertThat(Taxonomy.defaultHospitality().paths()).contains("Room > Cleanliness", "Room > Noise",
                "Staff > Friendliness", "Check-in > Waiting time", "Food & drink > Breakfast", "Facilities > Wi-Fi",
                "Value for money", "Location", "Booking & website", "Billing");
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        Taxonomy t = Taxonomy.defaultHospitality().withSubtopic("Staff",
                Topic.leaf("Languages", List.of("spoke english", "multilingual")));
        Taxonomy back = Taxonomy.fromJson(t.toJson());
        assertThat(back).isEqualTo(t);
        assertThat(back.find("Staff > Languages")).get().extracting(Topic::terms).asList()
                .containsExactly("spoke english", "multilingual");
    }

    @Test
    void editsReturnNewTaxonomies() {
        Taxonomy base = Taxonomy.defaultHospitality();
        Taxonomy edited = base.withTerms("Room > Noise", List.of("karaoke")).withoutTerms("Room > Noise",
                List.of("traffic"));
        assertThat(edited.find("Room > Noise").orElseThrow().terms()).contains("karaoke").doesNotContain("traffic");
        assertThat(base.find("Room > Noise").orElseThrow().terms()).doesNotContain("karaoke").contains("traffic");
        assertThat(edited.withoutTopic("Billing").paths()).doesNotContain("Billing");
    }

    @Test
    void rejectsAThirdLevelAndBadPaths() {
        assertThatThrownBy(() -> Taxonomy.fromJson("""
                {"topics":[{"name":"A","subtopics":[{"name":"B","subtopics":[{"name":"C"}]}]}]}"""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two levels");
        assertThatThrownBy(() -> Taxonomy.defaultHospitality().withTerms("Nope", List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Taxonomy.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Topic("A > B", List.of(), List.of())).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aWildcardTermUnderTwoTopicsNamesBoth() {
        Taxonomy t = Taxonomy.of(List.of(new Topic("Room", List.of("clean*"), List.of()),
                new Topic("Bathroom", List.of("clean*", "shower"), List.of())));
        io.touchpoint.text.aspect.TermMatcher matcher = new io.touchpoint.text.aspect.TermMatcher(t);
        var matches = matcher.match(io.touchpoint.text.token.PreparedText.of("Cleanliness was poor").stems);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).refs()).extracting(r -> r.topic()).containsExactlyInAnyOrder("Room", "Bathroom");
    }
}
