package org.xbrllinker.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.xbrllinker.check.Check;
import org.xbrllinker.check.CheckCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code checks [--checks DIR]...}: lists the check catalogue, bundled checks and those of extra folders. */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "List the checks: id, scope, severity and description; bundled ones and those of --checks folders.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the catalogue was listed", "2:a check is broken (named with file and line) or bad usage"})
final class ChecksCommand implements Callable<Integer> {

    @Option(names = "--checks", paramLabel = "DIR", description = "Folder of more .rq checks; repeatable.")
    List<Path> checks = new ArrayList<>();

    @Option(names = "--full", description = "Print whole descriptions instead of their first " + SHORT + " characters.")
    boolean full;

    /** How much of a description the table shows, cut at a word. */
    private static final int SHORT = 90;

    @Override
    public Integer call() {
        CheckCatalogue catalogue = load(checks);
        if (catalogue == null) {
            return 2;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"id", "scope", "severity", "description"});
        for (Check c : catalogue.checks()) {
            table.add(new String[] {c.id(), c.scope(), c.severity(), full ? c.description() : shorten(c.description())});
        }
        ReportPrinter.printTable(table, System.out);
        System.out.println(catalogue.checks().size() + " check(s)");
        return 0;
    }

    private static String shorten(String text) {
        if (text.length() <= SHORT) {
            return text;
        }
        int space = text.lastIndexOf(' ', SHORT - 3);
        return text.substring(0, space > 0 ? space : SHORT - 3).replaceAll("[\\s,.;:]+$", "") + "...";
    }

    /** The bundled checks and those of the folders; null, the error printed, when one is broken or unreadable. */
    static CheckCatalogue load(List<Path> folders) {
        try {
            return CheckCatalogue.load(folders);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("xbrl-linker: " + e.getMessage());
            return null;
        }
    }
}
