package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The integration tests' side of the REST API: requests with or without credentials, JSON answers, and polling an
 * execution until it ends. Also the deployment: the WAR that {@code package} built, as it is.
 */
final class ServerApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    /** A user the build adds to the test server's realm: in role xbrl-operator, or (reader) in no role. */
    record User(String name, String password) {
        static final User OPERATOR = new User(System.getProperty("it.operator.user"), System.getProperty("it.operator.password"));
        static final User READER = new User("it-reader", System.getProperty("it.operator.password"));
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    /** @param base the deployment's address as Arquillian gives it, e.g. {@code http://127.0.0.1:8080/xbrl-linker/} */
    ServerApi(URL base) {
        this.api = URI.create(base.toString().replaceAll("/?$", "/")).resolve("api/");
    }

    /** The WAR built by {@code mvn package} (target/xbrl-linker.war), deployed as it is. */
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("war", "target/xbrl-linker.war")));
    }

    static Path sharedData() {
        return Path.of(System.getProperty("shared.data")).toAbsolutePath().normalize();
    }

    static Path seed() {
        return sharedData().resolveSibling("seeds").resolve("000_c342e9fcd42f2d70.txt");
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET(), null);
    }

    Answer post(String path, String body, User user) {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)), user);
    }

    Answer delete(String path, User user) {
        return send(HttpRequest.newBuilder(api.resolve(path)).DELETE(), user);
    }

    private Answer send(HttpRequest.Builder request, User user) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user.name() + ":" + user.password())
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts {@code link-disclosures} as the operator; returns the new execution's id (asserting 201). */
    long start(String parametersJson) {
        Answer a = post("jobs/link-disclosures/executions", "{\"parameters\": " + parametersJson + "}", User.OPERATOR);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    /** Polls an execution until it ends; fails after {@code timeout}. */
    JsonNode awaitEnd(long id, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            Answer a = get("executions/" + id);
            assertEquals(200, a.status(), a.body());
            JsonNode e = a.json();
            if (ENDED.contains(e.get("batchStatus").asText())) {
                return e;
            }
            pause(Duration.ofMillis(500));
        }
        fail("execution " + id + " did not end within " + timeout + ": " + get("executions/" + id).body());
        return null;
    }

    static String quote(Path p) {
        return JSON.valueToTree(p.toString()).toString();
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The step of an execution view with this name. */
    static JsonNode step(JsonNode execution, String name) {
        for (JsonNode s : execution.get("steps")) {
            if (name.equals(s.get("name").asText())) {
                return s;
            }
        }
        throw new AssertionError("no step " + name + " in " + execution);
    }
}
