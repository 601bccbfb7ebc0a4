package org.xbrllinker.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xbrllinker.batch.JobSettings;
import org.xbrllinker.batch.Stores;
import org.xbrllinker.rdf.XbrlStore;

/**
 * Inside WildFly: the same {@code link-disclosures} job as on JBeret SE, started through the server's JobOperator on
 * the seed; its facts are in the TDB2 store and its execution in the JDBC job repository.
 */
@ExtendWith(ArquillianExtension.class)
class InServerJobIT {

    @Deployment
    static WebArchive deployment() {
        return ServerApi.war().addClass(InServerJobIT.class);
    }

    @Inject
    Stores stores;

    @Resource(lookup = "java:jboss/datasources/XbrlLinkerDS")
    DataSource jobRepository;

    @Test
    void theSeedJobRunsInTheServerAndItsFactsAreInTheStore() throws Exception {
        Path seed = Path.of(System.getProperty("xbrl-linker.it.data")).resolveSibling("seeds")
                .resolve("000_c342e9fcd42f2d70.txt");
        Path store = Files.createTempDirectory(Path.of(System.getProperty("jboss.server.data.dir")), "it-store");
        Properties params = new Properties();
        params.setProperty(JobSettings.INPUTS, seed.toString());
        params.setProperty(JobSettings.STORE, store.toString());
        params.setProperty(JobSettings.REPORT, store.resolve("report.json").toString());

        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(JobSettings.JOB, params);
        BatchStatus status = awaitEnd(operator, id);
        assertEquals(BatchStatus.COMPLETED, status, operator.getJobExecution(id).getExitStatus());
        assertTrue(Files.isRegularFile(store.resolve("report.json")));

        XbrlStore xbrl = stores.open(store);
        List<QuerySolution> net = xbrl.selectAll(QueryFactory.create("""
                PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?period ?value WHERE {
                  ?f a xlk:Fact ; xlk:concept/xlk:qname "us-gaap:AccountsReceivableNetCurrent" ;
                     xlk:period/rdfs:label ?period ; xlk:value ?value }
                ORDER BY ?period"""));
        assertEquals(2, net.size());
        assertEquals("2020-12-31", net.get(0).getLiteral("period").getString());
        assertEquals(0, new BigDecimal("463333").compareTo(new BigDecimal(net.get(0).getLiteral("value").getLexicalForm())));
        assertEquals("2021-12-31", net.get(1).getLiteral("period").getString());
        assertEquals(0, new BigDecimal("2047560").compareTo(new BigDecimal(net.get(1).getLiteral("value").getLexicalForm())));
        long facts = xbrl.selectAll(QueryFactory.create("""
                PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>
                SELECT DISTINCT ?c ?p ?v WHERE { ?f a xlk:Fact ; xlk:concept ?c ; xlk:period ?p ; xlk:value ?v }""")).size();
        assertEquals(19, facts, "distinct facts of the seed, as on the command line");

        // the execution is in the JDBC job repository, on the database the server is configured with
        try (Connection c = jobRepository.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?")) {
            String expected = "postgresql".equals(System.getProperty("xbrl-linker.it.db")) ? "PostgreSQL" : "H2";
            assertEquals(expected, c.getMetaData().getDatabaseProductName());
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "execution " + id + " is in JOB_EXECUTION");
                assertEquals("COMPLETED", rs.getString(1));
            }
        }
    }

    static BatchStatus awaitEnd(JobOperator operator, long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            BatchStatus s = operator.getJobExecution(id).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                return s;
            }
            Thread.sleep(200);
        }
        return operator.getJobExecution(id).getBatchStatus();
    }
}
