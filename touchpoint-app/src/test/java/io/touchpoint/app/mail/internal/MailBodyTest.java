package io.touchpoint.app.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    static final Map<String, String> VALUES = Map.of("firstName", "<script>alert('x')</script>Ann",
            "lastName", "O'Brien & Co", "hotelName", "Casa \"Azul\"", "surveyTitle", "Stay",
            "surveyLink", "https://fb.example/public/s/1.abc.x-y?a=1&b=2",
            "unsubscribeLink", "https://fb.example/public/unsubscribe/1.sig");

    @Test
    void htmlEscapesValuesAndTheTemplateItself() {
        var r = MailBody.render("Hi {firstName}", """
                <script>steal()</script><b>Hello</b> {firstName} {lastName},

                answer at {surveyLink}
                Unsubscribe: {unsubscribeLink}""", VALUES);
        assertThat(r.html()).doesNotContain("<script", "<b>")
                .contains("&lt;script&gt;steal()&lt;/script&gt;&lt;b&gt;Hello&lt;/b&gt;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Ann", "O&#39;Brien &amp; Co")
                .contains("<a href=\"https://fb.example/public/s/1.abc.x-y?a=1&amp;b=2\">")
                .contains("</p><p>answer at", "<br>Unsubscribe:");
        // The plain-text part keeps the text as typed: a mail client shows it as text.
        assertThat(r.text()).contains("<script>alert('x')</script>Ann O'Brien & Co,")
                .contains("answer at https://fb.example/public/s/1.abc.x-y?a=1&b=2");
    }

    @Test
    void subjectIsOneLineWhateverTheValues() {
        var r = MailBody.render("Stay at {hotelName} {firstName}", "{surveyLink}",
                Map.of("hotelName", "Casa\r\nBcc: victim@example.com", "firstName", "Ann\n"));
        assertThat(r.subject()).isEqualTo("Stay at Casa Bcc: victim@example.com Ann").doesNotContain("\n", "\r");
    }

    @Test
    void reportsUnknownPlaceholdersAndLeavesThemVisible() {
        assertThat(MailBody.unknownPlaceholders("Hi {firstname}, {surveyLink} {hotel} {firstname}"))
                .containsExactly("firstname", "hotel");
        assertThat(MailBody.render("s", "Hi {firstname}", VALUES).text()).isEqualTo("Hi {firstname}");
        assertThat(MailBody.uses("x {unsubscribeLink}", "unsubscribeLink")).isTrue();
        assertThat(MailBody.uses("x {surveyLink}", "unsubscribeLink")).isFalse();
    }
}
