package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.testing.Shared;

/** The job API takes {@code partitions} among a start's parameters and refuses one that is not a positive integer. */
class JobControlParametersTest {

    @Test
    void partitionsIsAKnownParameterAndABadValueIsABadRequest() {
        assertTrue(JobControl.PARAMETERS.contains(JobSettings.PARTITIONS));
        ProblemException e = assertThrows(ProblemException.class, () -> new JobControl().parameters(
                Map.of(JobSettings.INPUTS, Shared.seed().toString(), JobSettings.PARTITIONS, "0")));
        assertEquals("job parameter 'partitions' must be a positive integer (the number of partitions of the link "
                + "step), found '0'", e.getMessage());
        assertEquals(400, e.problem().status());
    }
}
