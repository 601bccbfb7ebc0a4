package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xbrllinker.server.ServerApi.quote;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbrllinker.server.ServerApi.User;

/** Schedules over HTTP: one fires within its interval and its execution is listed; bad ones are refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServerApi.war();
    }

    @ArquillianResource
    URL base;

    ServerApi api;

    @BeforeEach
    void client() {
        api = new ServerApi(base);
    }

    @AfterEach
    void deleteAll() {
        deleteSchedules(api);
    }

    static void deleteSchedules(ServerApi api) {
        for (JsonNode s : api.get("schedules").json().get("schedules")) {
            assertEquals(204, api.delete("schedules/" + s.get("id").asText(), User.OPERATOR).status());
        }
    }

    /** Creates an every-ten-seconds schedule of the seed as the operator; returns its view. */
    static JsonNode everyTenSeconds(ServerApi api, String name) {
        ServerApi.Answer created = api.post("schedules", "{\"name\": \"" + name + "\", \"job\": \"link-disclosures\", "
                + "\"cron\": \"*/10 * * * * *\", \"parameters\": {\"inputs\": [" + quote(ServerApi.seed()) + "]}}",
                User.OPERATOR);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /** Waits for an execution that the schedule started after {@code after}, and for it to end. */
    static JsonNode awaitFiring(ServerApi api, String id, Instant after, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            JsonNode s = api.get("schedules/" + id).json();
            JsonNode last = s.get("lastFiring");
            if (!last.isNull() && Instant.parse(last.asText()).isAfter(after)) {
                return api.awaitEnd(s.get("lastExecution").asLong(), Duration.ofMinutes(3));
            }
            ServerApi.pause(Duration.ofSeconds(1));
        }
        throw new AssertionError("schedule " + id + " did not fire after " + after + " within " + timeout + ": "
                + api.get("schedules/" + id).body());
    }

    @Test
    void aScheduleFiresWithinItsIntervalAndItsExecutionIsListed() {
        Instant created = Instant.now().minusSeconds(1);
        JsonNode schedule = everyTenSeconds(api, "seed every ten seconds");
        String id = schedule.get("id").asText();
        assertEquals("*/10 * * * * *", schedule.get("cron").asText());
        Instant next = Instant.parse(schedule.get("nextFiring").asText());
        assertTrue(!next.isBefore(created) && next.isBefore(created.plusSeconds(12)), "next firing " + next);

        JsonNode listed = api.get("schedules").json().get("schedules");
        assertEquals(1, listed.size());
        assertEquals(id, listed.get(0).get("id").asText());

        JsonNode execution = awaitFiring(api, id, created, Duration.ofSeconds(40));
        assertEquals("COMPLETED", execution.get("batchStatus").asText(), execution.toString());
        assertEquals(id, execution.get("schedule").asText());
        assertEquals(ServerApi.seed().toString(), execution.get("parameters").get("inputs").asText());
        JsonNode executions = api.get("executions?job=link-disclosures").json().get("executions");
        boolean found = false;
        for (JsonNode e : executions) {
            found |= e.get("id").asLong() == execution.get("id").asLong() && id.equals(e.get("schedule").asText());
        }
        assertTrue(found, "the schedule's execution is listed: " + executions);

        assertEquals(204, api.delete("schedules/" + id, User.OPERATOR).status());
        ServerApi.Answer gone = api.get("schedules/" + id);
        assertEquals(404, gone.status());
        assertEquals("no schedule " + id, gone.json().get("detail").asText());
    }

    @Test
    void badSchedulesAreRefusedWithJsonProblems() {
        String inputs = "\"parameters\": {\"inputs\": [" + quote(ServerApi.seed()) + "]}";
        ServerApi.Answer fields = api.post("schedules", "{\"job\": \"link-disclosures\", \"cron\": \"* * *\", " + inputs
                + "}", User.OPERATOR);
        assertEquals(400, fields.status());
        assertEquals("'cron' must have 5 fields (minute hour day-of-month month day-of-week) or 6 (second first); "
                + "got 3: \"* * *\"", fields.json().get("detail").asText());

        ServerApi.Answer value = api.post("schedules", "{\"job\": \"link-disclosures\", \"cron\": \"0 25 * * *\", "
                + inputs + "}", User.OPERATOR);
        assertEquals(400, value.status(), value.body());
        assertTrue(value.json().get("detail").asText().startsWith("'cron' is not a valid schedule"), value.body());

        ServerApi.Answer job = api.post("schedules", "{\"job\": \"nope\", \"cron\": \"0 2 * * *\", " + inputs + "}",
                User.OPERATOR);
        assertEquals(404, job.status());

        ServerApi.Answer input = api.post("schedules", "{\"job\": \"link-disclosures\", \"cron\": \"0 2 * * *\", "
                + "\"parameters\": {\"inputs\": [\"/no/such/file.txt\"]}}", User.OPERATOR);
        assertEquals(400, input.status());
        assertEquals("job parameter 'inputs' names a path that does not exist on the server: /no/such/file.txt",
                input.json().get("detail").asText());

        assertEquals(0, api.get("schedules").json().get("schedules").size(), "nothing was created");
        assertNotNull(api.get("jobs").json().get("jobs"));
    }
}
