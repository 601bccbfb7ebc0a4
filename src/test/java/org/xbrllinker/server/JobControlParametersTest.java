package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.testing.Shared;

/**
 * The job API takes {@code partitions} and {@code calcMode} among a start's parameters and refuses values they cannot
 * have.
 */
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

    /** {@code calcMode} is a start's parameter: known codes in any case are kept as the code, others refused. */
    @Test
    void calcModeIsAKnownParameterAndABadValueIsABadRequest() {
        assertTrue(JobControl.PARAMETERS.contains(JobSettings.CALC_MODE));
        java.util.Properties ok = new JobControl().parameters(
                Map.of(JobSettings.INPUTS, Shared.seed().toString(), JobSettings.CALC_MODE, " XBRL21 "));
        assertEquals("xbrl21", ok.getProperty(JobSettings.CALC_MODE));
        ProblemException e = assertThrows(ProblemException.class, () -> new JobControl().parameters(
                Map.of(JobSettings.INPUTS, Shared.seed().toString(), JobSettings.CALC_MODE, "c12")));
        assertEquals("job parameter 'calcMode': expected a calculation mode c11r, c11t or xbrl21, found 'c12'",
                e.getMessage());
        assertEquals(400, e.problem().status());
    }
}
