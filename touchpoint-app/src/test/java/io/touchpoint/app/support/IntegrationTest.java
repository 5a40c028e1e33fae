package io.touchpoint.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port against a real PostgreSQL: the embedded one by default, an external server
 * when TOUCHPOINT_DB_URL is set (the second failsafe run in CI). Every IT uses these same settings so the Spring
 * test context, and the database, are shared. Mail goes to the one GreenMail server of the test JVM
 * ({@link MailServer}, started first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MailServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "touchpoint.data-dir=target/it-data/${random.uuid}",
        "touchpoint.bootstrap-api-key=" + Api.BOOTSTRAP_KEY,
        "touchpoint.admin-password=" + Api.ADMIN_PASSWORD,
        "touchpoint.default-phone-region=GB",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${" + MailServer.PORT_PROPERTY + "}",
        "spring.mail.properties.mail.smtp.starttls.enable=false"})
public @interface IntegrationTest {
}
