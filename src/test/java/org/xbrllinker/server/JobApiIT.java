package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xbrllinker.server.ServerApi.quote;
import static org.xbrllinker.server.ServerApi.step;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xbrllinker.server.ServerApi.User;

/** The job control API over HTTP against the deployed WAR: start, watch, stop, restart, report, errors, security. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobApiIT {

    static final Path APPLE = ServerApi.sharedData().resolve("filings/aapl-0000320193-25-000057");

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

    @Test
    void theSeedStartedOverHttpCompletesWithMetricsAndTheCommandLinesReport(@TempDir Path tmp) throws Exception {
        long id = api.start("{\"inputs\": [" + quote(ServerApi.seed()) + "]}");
        JsonNode done = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("COMPLETED", done.get("batchStatus").asText(), done.toString());
        assertEquals("link-disclosures", done.get("job").asText());
        JsonNode link = step(done, "link");
        assertEquals(1, link.get("metrics").get("READ_COUNT").asLong());
        assertEquals(1, link.get("metrics").get("WRITE_COUNT").asLong());
        assertEquals(0, link.get("metrics").get("PROCESS_SKIP_COUNT").asLong());
        assertEquals(1, link.get("checkpoints").asLong());
        assertEquals(List.of("link", "check", "report"), names(done.get("steps")));

        // listed among the job's executions
        JsonNode list = api.get("executions?job=link-disclosures").json().get("executions");
        assertTrue(ids(list).contains(id), list.toString());

        // the report is the command line's for the same input: same concepts, facts and findings
        ServerApi.Answer report = api.get("executions/" + id + "/report");
        assertEquals(200, report.status());
        JsonNode server = report.json();
        JsonNode cli = cliReport(ServerApi.seed(), tmp);
        assertEquals(cli.get("summary"), server.get("summary"));
        assertEquals(cli.get("disclosures"), server.get("disclosures"));
        assertEquals(cli.get("findings"), server.get("findings"));
        assertEquals(19, server.get("summary").get("facts").asInt());
        assertEquals(2, server.get("summary").get("failedWarnings").asInt());
    }

    @Test
    void aRunningExecutionStopsAndItsRestartCompletesTheRest() {
        long id = api.start("{\"inputs\": [" + quote(APPLE) + "], \"chunkSize\": \"1\"}");
        ServerApi.Answer stop = api.post("executions/" + id + "/stop", null, User.OPERATOR);
        assertEquals(202, stop.status(), stop.body());
        JsonNode stopped = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("STOPPED", stopped.get("batchStatus").asText(), stopped.toString());

        ServerApi.Answer restart = api.post("executions/" + id + "/restart", null, User.OPERATOR);
        assertEquals(201, restart.status(), restart.body());
        long again = restart.json().get("id").asLong();
        assertNotEquals(id, again);
        assertEquals(stopped.get("instanceId"), restart.json().get("instanceId"), "a restart continues the same instance");
        JsonNode done = api.awaitEnd(again, Duration.ofMinutes(5));
        assertEquals("COMPLETED", done.get("batchStatus").asText(), done.toString());
        JsonNode summary = api.get("executions/" + again + "/report").json().get("summary");
        assertEquals(42, summary.get("disclosures").asInt(), summary.toString());
        assertEquals(0, summary.get("rejected").asInt());

        // a completed execution cannot be restarted, a finished one not stopped: JSON problems, 409
        ServerApi.Answer twice = api.post("executions/" + again + "/restart", null, User.OPERATOR);
        assertEquals(409, twice.status(), twice.body());
        assertEquals("application/problem+json", twice.contentType());
        assertEquals(409, api.post("executions/" + again + "/stop", null, User.OPERATOR).status());
    }

    @Test
    void aMissingInputIsAJsonProblemNamingItAndTheServerKeepsServing() {
        Path missing = ServerApi.sharedData().resolve("no-such-disclosure.txt");
        ServerApi.Answer a = api.post("jobs/link-disclosures/executions",
                "{\"parameters\": {\"inputs\": [" + quote(missing) + "]}}", User.OPERATOR);
        assertEquals(400, a.status());
        assertEquals("application/problem+json", a.contentType());
        JsonNode problem = a.json();
        assertEquals(400, problem.get("status").asInt());
        assertEquals("job parameter 'inputs' names a path that does not exist on the server: " + missing,
                problem.get("detail").asText());
        assertTrue(problem.get("type").asText().endsWith("/missing-input"));

        ServerApi.Answer unknown = api.post("jobs/link-disclosures/executions",
                "{\"parameters\": {\"inputs\": [" + quote(ServerApi.seed()) + "], \"colour\": \"red\"}}", User.OPERATOR);
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("detail").asText().startsWith("unknown job parameter 'colour'"), unknown.body());

        ServerApi.Answer notJson = api.post("jobs/link-disclosures/executions", "{\"parameters\": ", User.OPERATOR);
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("detail").asText().startsWith("request body is not JSON (line 1"), notJson.body());

        ServerApi.Answer noJob = api.post("jobs/no-such-job/executions", "{}", User.OPERATOR);
        assertEquals(404, noJob.status());
        ServerApi.Answer noExecution = api.get("executions/987654");
        assertEquals(404, noExecution.status());
        assertEquals("no job execution 987654", noExecution.json().get("detail").asText());
        assertTrue(!noExecution.body().contains("Exception") && !noExecution.body().contains("at org."), noExecution.body());

        // still serving
        assertEquals(200, api.get("jobs").status());
    }

    @Test
    void changingAnythingNeedsAnOperatorReadingDoesNot() {
        String body = "{\"parameters\": {\"inputs\": [" + quote(ServerApi.seed()) + "]}}";
        assertEquals(401, api.post("jobs/link-disclosures/executions", body, null).status());
        assertEquals(401, api.post("jobs/link-disclosures/executions", body,
                new User(User.OPERATOR.name(), "wrong-password")).status());
        assertEquals(403, api.post("jobs/link-disclosures/executions", body, User.READER).status());
        assertEquals(401, api.post("executions/1/stop", null, null).status());
        assertEquals(401, api.post("executions/1/restart", null, null).status());
        assertEquals(401, api.post("schedules", "{\"job\": \"link-disclosures\", \"cron\": \"0 2 * * *\"}", null).status());
        assertEquals(403, api.post("schedules", "{\"job\": \"link-disclosures\", \"cron\": \"0 2 * * *\"}", User.READER)
                .status());
        assertEquals(401, api.delete("schedules/any", null).status());
        // reading is public
        assertEquals(200, api.get("jobs").status());
        assertEquals(200, api.get("executions").status());
        assertEquals(200, api.get("schedules").status());
    }

    /**
     * More refused inputs than the skip limit, with long names: the job ends FAILED, its exit status names the first
     * refusals and counts the rest within JBeret's default 512-character column, and the execution view lists them
     * all. (With the whole list, 1,107 characters here, H2 refused the repository's last update, "Value too long for
     * column EXITSTATUS", and the execution's row stayed STARTED; the server's cached view still said FAILED, so the
     * length is what this test can see from outside.)
     */
    @Test
    void refusalsOverTheSkipLimitEndTheJobFailedWithAnExitStatusThatFits(@TempDir Path tmp) throws Exception {
        Path bad = Files.createDirectory(tmp.resolve("refused"));
        String notAmount = Files.readString(ServerApi.seed()).replace("|(86,170)", "|(86,17O)");
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path page = bad.resolve(String.format("%02d-", i) + "a-disclosure-with-a-long-name-".repeat(5) + ".txt");
            Files.writeString(page, notAmount);
            expected.add(page + ":30: expected an amount after \"Write-off\", found \"(86,17O)\"");
        }
        long id = api.start("{\"inputs\": [" + quote(bad) + "], \"skipLimit\": \"3\", \"chunkSize\": \"1\"}");
        JsonNode ended = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("FAILED", ended.get("batchStatus").asText(), ended.toString());
        String exit = ended.get("exitStatus").asText();
        assertTrue(exit.length() <= 512, exit.length() + " characters: " + exit);
        List<String> lines = exit.lines().toList();
        assertEquals("SKIP_LIMIT_EXCEEDED: more than 3 input(s) rejected, the skip limit; the job stopped", lines.get(0));
        int shown = lines.size() - 2;
        assertTrue(shown >= 1 && shown < 4, exit);
        assertEquals(expected.subList(0, shown), lines.subList(1, 1 + shown));
        assertEquals("... and " + (4 - shown) + " more; the execution's rejected inputs name them all",
                lines.get(lines.size() - 1));
        // all four: the three skipped and the one over the limit
        List<String> rejected = new ArrayList<>();
        ended.get("rejected").forEach(r -> rejected.add(r.asText()));
        assertEquals(expected.subList(0, 4), rejected);
        assertEquals("FAILED", step(ended, "link").get("batchStatus").asText());
        assertEquals(3, step(ended, "link").get("metrics").get("PROCESS_SKIP_COUNT").asLong());
    }

    /** The command line's report for the same input: the packaged jar, run as a user would. */
    static JsonNode cliReport(Path input, Path tmp) throws Exception {
        Path jar = Path.of(System.getProperty("war")).resolveSibling("xbrl-linker.jar");
        Path report = tmp.resolve("report.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "link", input.toString(), "--store", tmp.resolve("store").toString(), "--report",
                report.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command line did not end");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("cli.log")));
        return ServerApi.JSON.readTree(report.toFile());
    }

    private static List<String> names(JsonNode steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.get("name").asText()));
        return out;
    }

    private static List<Long> ids(JsonNode executions) {
        List<Long> out = new ArrayList<>();
        executions.forEach(e -> out.add(e.get("id").asLong()));
        return out;
    }
}
