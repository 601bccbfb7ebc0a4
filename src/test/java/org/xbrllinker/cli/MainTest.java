package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line's model: built with the named command only, it answers as the model of all commands does. */
class MainTest {

    record Answer(int exit, String out, String err) {
    }

    private static Answer run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Answer(exit, out.toString(), err.toString());
    }

    @Test
    void theModelOfOneCommandAnswersAsTheModelOfAll() {
        List<String[]> cases = List.of(
                new String[] {"link", "--help"},
                new String[] {"link"},
                new String[] {"link", "--bogus", "x.txt"},
                new String[] {"link", "x.txt", "--chunk-size", "many"},
                new String[] {"restart", "--help"},
                new String[] {"check", "--help"},
                new String[] {"checks", "--bogus"},
                new String[] {"query"},
                new String[] {"serve", "--port", "eighty"},
                new String[] {"export", "--format", "xls"},
                new String[] {"bench-corpus", "--help"},
                new String[] {"bench", "--disclosures"});
        for (String[] args : cases) {
            Answer all = run(Main.commandLine(new Main(), null), args);
            Answer one = run(Main.commandLine(new Main(), args[0]), args);
            assertEquals(all, one, String.join(" ", args));
            assertTrue(one.exit() == 0 || one.exit() == 2, String.join(" ", args)); // usage, or a usage error
        }
        Answer help = run(Main.commandLine(new Main(), "link"), "link", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: xbrl-linker link [-hV]"), help.out());
        Answer bogus = run(Main.commandLine(new Main(), "link"), "link", "--bogus", "x.txt");
        assertEquals(2, bogus.exit());
        assertTrue(bogus.err().startsWith("Unknown option: '--bogus'"), bogus.err());
    }

    @Test
    void theTopLevelHasEveryCommandAndANamedCommandOnlyItself() {
        Set<String> all = Main.commandLine(new Main(), null).getSubcommands().keySet();
        assertEquals(List.of("link", "restart", "check", "checks", "query", "serve", "export", "bench-corpus", "bench",
                "conformance"),
                List.copyOf(all));
        assertEquals(Set.of("link"), Main.commandLine(new Main(), "link").getSubcommands().keySet());
        assertEquals(Set.copyOf(all), Set.copyOf(Main.commandLine(new Main(), "lnik").getSubcommands().keySet()));
        Answer top = run(Main.commandLine(new Main(), "--help"), "--help");
        assertEquals(0, top.exit());
        for (String command : all) {
            assertTrue(top.out().contains("\n  " + command + " "), command + " in\n" + top.out());
        }
        Answer typo = run(Main.commandLine(new Main(), "lnik"), "lnik");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("Unmatched argument at index 0: 'lnik'"), typo.err());
    }
}
