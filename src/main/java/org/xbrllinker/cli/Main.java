package org.xbrllinker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xbrl-linker} command line. */
@Command(name = "xbrl-linker", mixinStandardHelpOptions = true, version = "xbrl-linker 0.1.0",
        description = "Turns SEC EDGAR disclosures into linked data and checks that their numbers and references hold.",
        subcommands = {LinkCommand.class, RestartCommand.class, CheckCommand.class, ChecksCommand.class, QueryCommand.class,
                ServeCommand.class, ExportCommand.class, BenchCorpusCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        org.xbrllinker.pipeline.Timing.mark("JVM started, main() entered");
        quietFrameworkLogs();
        // Weld's shutdown hook prints a line on stdout; the job has ended and committed before we exit
        System.setProperty("org.jboss.weld.se.shutdownHook", "false");
        int code = run(args);
        org.xbrllinker.pipeline.Timing.mark("command done, exiting");
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (0 ok, 1 an error-level check failed, 2 bad input or usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /**
     * JBeret and Weld log each job start at INFO through java.util.logging; the command line prints its own report,
     * so only their warnings are shown (but JBeret's JBERET000018 of a restart) unless {@code XBRL_LINKER_LOG=info}.
     */
    static void quietFrameworkLogs() {
        String level = System.getenv().getOrDefault("XBRL_LINKER_LOG", "warning");
        java.util.logging.Level jul = "info".equalsIgnoreCase(level) ? java.util.logging.Level.INFO
                : java.util.logging.Level.WARNING;
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(jul);
        for (var handler : root.getHandlers()) {
            handler.setLevel(jul);
            if (jul != java.util.logging.Level.INFO) {
                // a restart warns of each step its first execution never reached; restart says what it does itself
                handler.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("JBERET000018"));
            }
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
