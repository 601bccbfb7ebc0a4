package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A schedule outlives a server restart: created, fired, the server stopped and started again (a new JVM), and the
 * schedule is still listed and fires again. Runs on the "wildfly-manual" container, which this test starts and stops.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

    static final String CONTAINER = "wildfly-manual";
    static final String DEPLOYMENT = "xbrl-linker";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return ServerApi.war();
    }

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Test
    void aScheduleIsStillListedAndFiresAfterARestart() throws Exception {
        controller.start(CONTAINER);
        ServerApi api = null;
        try {
            deployer.deploy(DEPLOYMENT);
            api = new ServerApi(URI.create("http://127.0.0.1:8080/xbrl-linker/").toURL());
            ScheduleApiIT.deleteSchedules(api);
            Instant created = Instant.now().minusSeconds(1);
            String id = ScheduleApiIT.everyTenSeconds(api, "survives a restart").get("id").asText();
            JsonNode first = ScheduleApiIT.awaitFiring(api, id, created, Duration.ofSeconds(40));
            assertEquals("COMPLETED", first.get("batchStatus").asText(), first.toString());

            controller.stop(CONTAINER);
            Instant restarted = Instant.now();
            controller.start(CONTAINER); // the deployment is in the server's configuration: it comes back with it

            JsonNode listed = api.get("schedules").json().get("schedules");
            assertEquals(1, listed.size(), listed.toString());
            assertEquals(id, listed.get(0).get("id").asText());
            assertEquals("survives a restart", listed.get(0).get("name").asText());
            // the executions before the restart are still in the JDBC job repository, and the schedule's last firing
            // is read back from there
            long last = listed.get(0).get("lastExecution").asLong();
            assertTrue(last >= first.get("id").asLong(), listed.toString());
            JsonNode before = api.get("executions/" + first.get("id").asLong()).json();
            assertEquals("COMPLETED", before.get("batchStatus").asText());
            assertEquals(id, before.get("schedule").asText());
            JsonNode again = ScheduleApiIT.awaitFiring(api, id, restarted, Duration.ofSeconds(60));
            assertEquals("COMPLETED", again.get("batchStatus").asText(), again.toString());
        } finally {
            if (api != null) {
                ScheduleApiIT.deleteSchedules(api);
            }
            deployer.undeploy(DEPLOYMENT);
            controller.stop(CONTAINER);
        }
    }
}
