package org.xbrllinker.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.jberet.util.BatchUtil;
import org.junit.jupiter.api.Test;

/** List-valued job parameters: written on one line, so they survive JBeret's JDBC job repository and a restart. */
class SettingsTest {

    static final List<Path> PATHS = List.of(Path.of("/data/seed.txt"), Path.of("relative/R2.htm"),
            Path.of("/odd name/with \"quotes\" and \\ backslash [1].txt"), Path.of("/a = b/c.txt"));

    @Test
    void severalPathsSurviveTheJdbcRepositorysParameterFormat() {
        Properties params = new Properties();
        params.setProperty("inputs", Settings.join(PATHS));
        params.setProperty("store", "/tmp/store");
        // how JBeret's JdbcRepository writes the job parameters to its JOBPARAMETERS column and reads them back
        Properties back = BatchUtil.stringToProperties(BatchUtil.propertiesToString(params));
        assertEquals(PATHS, Settings.paths(back.getProperty("inputs")));
        assertEquals("/tmp/store", back.getProperty("store"));
        assertEquals(2, back.size());
    }

    @Test
    void linesAreStillReadAndWhatTheyLoseInTheRepositoryIsWhyJoinWritesOneLine() {
        String lines = "/data/seed.txt\n  relative/R2.htm \n\n";
        assertEquals(PATHS.subList(0, 2), Settings.paths(lines));
        Properties params = new Properties();
        params.setProperty("inputs", lines);
        Properties back = BatchUtil.stringToProperties(BatchUtil.propertiesToString(params));
        assertEquals(List.of(Path.of("/data/seed.txt")), Settings.paths(back.getProperty("inputs")));
    }

    @Test
    void onePathIsWrittenAsItIs() {
        assertEquals("/data/seed.txt", Settings.join(List.of(Path.of("/data/seed.txt"))));
        assertEquals("", Settings.join(List.of()));
        assertEquals(List.of(), Settings.paths(""));
        assertEquals(List.of(), Settings.paths(null));
        // a single path that looks like an array is written as one
        assertEquals(List.of(Path.of("[1]")), Settings.paths(Settings.join(List.of(Path.of("[1]")))));
    }

    @Test
    void aBrokenArrayIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.paths("[\"/data/seed.txt\", ]"));
        assertTrue(e.getMessage().startsWith("expected a JSON array of paths, found [\"/data/seed.txt\", ]: "),
                e.getMessage());
    }
}
