package org.xbrllinker.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xbrl-linker} command line. Its commands ({@link #COMMANDS}) are added to the model when it is built: all of
 * them for the top level ({@code --help}, a mistyped command), only the one named when the first argument names one —
 * picocli reads every option of every command it is given, which is a good part of a short run's start-up.
 */
@Command(name = "xbrl-linker", mixinStandardHelpOptions = true, version = "xbrl-linker 0.1.0",
        description = "Turns SEC EDGAR disclosures into linked data and checks that their numbers and references hold.")
public final class Main implements Runnable {

    /** The commands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(LinkCommand.class, RestartCommand.class, CheckCommand.class,
            ChecksCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class, BenchCorpusCommand.class,
            BenchCommand.class, ConformanceCommand.class);

    /** The link warm-up of this command line ({@link LinkWarmup#NONE} for other commands), for {@link LinkCommand}. */
    LinkWarmup warmup = LinkWarmup.NONE;

    public static void main(String[] args) {
        org.xbrllinker.pipeline.Timing.mark("JVM started, main() entered" + (org.xbrllinker.pipeline.Timing.on()
                && java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1") ? " (client compiler only: a short run)" : ""));
        quietFrameworkLogs();
        // Weld's shutdown hook prints a line on stdout; the job has ended and committed before we exit
        System.setProperty("org.jboss.weld.se.shutdownHook", "false");
        int code = run(args);
        org.xbrllinker.pipeline.Timing.mark("command done, exiting");
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (0 ok, 1 an error-level check failed, 2 bad input or usage). */
    public static int run(String... args) {
        Main main = new Main();
        // work `link` needs anyway (Jena, Weld, the bundled taxonomy and checks) starts now, beside the parsing
        try (LinkWarmup warmup = LinkWarmup.startFor(args)) {
            main.warmup = warmup;
            return commandLine(main, args.length > 0 ? args[0] : null).execute(args);
        }
    }

    /**
     * The model of the command line: the top level with every command, or, when {@code first} (the first argument)
     * names a command, with that command only (the rest of the arguments are its own, so the others are never used).
     */
    static CommandLine commandLine(Main main, String first) {
        CommandLine cl = new CommandLine(main);
        Class<?> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> command : named != null ? List.of(named) : COMMANDS) {
            cl.addSubcommand(command);
        }
        return cl.setCaseInsensitiveEnumValuesAllowed(true);
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
