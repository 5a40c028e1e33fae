package io.touchpoint.stats.cli;

import java.util.Arrays;

/**
 * Runs the metrics command on its own:
 * {@code java -jar touchpoint-stats-<version>-cli.jar nps --input FILE.csv}. A leading
 * {@code metrics} is accepted too, so the arguments match {@code java -jar touchpoint.jar metrics ...}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MetricsCli.run(commandArguments(args), System.in, System.out, System.err));
    }

    /** The arguments for {@link MetricsCli#run}: without a leading {@code metrics}. */
    static String[] commandArguments(String[] args) {
        return args.length > 0 && args[0].equals("metrics") ? Arrays.copyOfRange(args, 1, args.length) : args;
    }
}
