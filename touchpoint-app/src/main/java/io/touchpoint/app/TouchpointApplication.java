package io.touchpoint.app;

import io.touchpoint.app.cli.CommandLineTools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Touchpoint: one jar, two faces. With a known tool name as first argument it runs that command-line tool
 * (no web server, result on standard output, logs on standard error); otherwise it starts the web application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TouchpointApplication {

    public static void main(String[] args) {
        if (CommandLineTools.handles(args)) {
            System.exit(CommandLineTools.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(TouchpointApplication.class, args);
    }
}
