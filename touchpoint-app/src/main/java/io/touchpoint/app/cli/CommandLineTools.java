package io.touchpoint.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command-line tools the jar runs without starting Spring. Each tool writes only its result to standard
 * output, so output can be piped into other programs; diagnostics go to standard error.
 */
public final class CommandLineTools {

    /** A tool: receives the arguments after its name. */
    @FunctionalInterface
    interface Tool {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception;
    }

    private record Entry(String summary, Tool tool) {
    }

    private static final Map<String, Entry> TOOLS = new LinkedHashMap<>();

    static {
        TOOLS.put("help", new Entry("list the command-line tools", (a, in, out, err) -> help(out)));
        TOOLS.put("metrics", new Entry("CX metrics from a CSV: metrics nps|csat|ces --input FILE.csv (JSON out)",
                io.touchpoint.stats.cli.MetricsCli::run));
        TOOLS.put("text", new Entry("text analytics: text analyze (lines or --column of a CSV) | text evaluate --input FILE",
                io.touchpoint.text.cli.TextCli::run));
        TOOLS.put("version", new Entry("print the Touchpoint version", (a, in, out, err) -> {
            out.println(version());
            return 0;
        }));
    }

    private CommandLineTools() {
    }

    /** True when the first argument names a tool (options such as {@code --demo} start the server). */
    public static boolean handles(String[] args) {
        return args.length > 0 && TOOLS.containsKey(args[0]);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        routeLoggingToStandardError();
        Entry entry = TOOLS.get(args[0]);
        try {
            return entry.tool().run(Arrays.copyOfRange(args, 1, args.length), in, out, err);
        }
        catch (Exception ex) {
            err.println(args[0] + ": " + ex.getMessage());
            return 1;
        }
        finally {
            out.flush();
        }
    }

    private static int help(PrintStream out) {
        out.println("Usage: java -jar touchpoint.jar [TOOL [ARGS...]]");
        out.println();
        out.println("Without a tool name the web application starts (add --demo to load demo data).");
        out.println();
        out.println("Tools:");
        TOOLS.forEach((name, entry) -> out.printf("  %-10s %s%n", name, entry.summary()));
        return 0;
    }

    static String version() {
        String v = CommandLineTools.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Libraries that log through SLF4J must not pollute standard output in tool mode. */
    private static void routeLoggingToStandardError() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
    }
}
