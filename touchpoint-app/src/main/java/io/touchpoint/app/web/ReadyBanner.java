package io.touchpoint.app.web;

import io.touchpoint.app.security.StaffDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it, on every start. */
@Component
class ReadyBanner {

    private final StaffDirectory staff;

    ReadyBanner(StaffDirectory staff) {
        this.staff = staff;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        System.out.println();
        System.out.println("  ==> Touchpoint is running at http://localhost:" + port + "  ("
                + staff.users().size() + " staff account(s); the first admin is 'admin')");
        System.out.println();
    }
}
