package io.touchpoint.app.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One GreenMail SMTP server for the whole test JVM. It is started before the first integration test class and its
 * port published as the system property {@value #PORT_PROPERTY}, which {@link IntegrationTest} points
 * {@code spring.mail.port} at: the properties text stays the same for every IT, so they still share one cached
 * Spring context (a {@code @DynamicPropertySource} per class would split it). Mail tests tell their messages apart
 * by recipient domain.
 */
public final class MailServer implements BeforeAllCallback {

    public static final String PORT_PROPERTY = "touchpoint.test.smtp-port";
    private static GreenMail server;

    public static synchronized GreenMail get() {
        if (server == null) {
            int port = freePort();
            GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            g.start();
            System.setProperty(PORT_PROPERTY, Integer.toString(port));
            Runtime.getRuntime().addShutdownHook(new Thread(g::stop));
            server = g;
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        get();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
