package org.xbrllinker.server;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.xbrllinker.batch.Stores;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.pipeline.Settings;
import org.xbrllinker.rdf.Iris;
import org.xbrllinker.serve.SparqlServer;

/**
 * The data stewards' side inside WildFly, at the same paths as {@code ./xbrl-linker serve} under the application's
 * context path: the SPARQL endpoint over the server's store ({@code /xbrl-linker/xbrl/sparql}, read-only), the
 * graphs ({@code /xbrl/get}), the data IRIs ({@code /id/...}), the query page ({@code /}) and the checks
 * ({@code /checks}).
 */
@WebListener
public class StewardEndpoint implements ServletContextListener {

    @Inject
    Stores stores;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String base = ServerSettings.baseIri().isEmpty() ? Iris.DEFAULT_BASE : ServerSettings.baseIri();
        SparqlServer.Settings settings = new SparqlServer.Settings(SparqlServer.Settings.DEFAULT_HOST, 0,
                ServerSettings.sparqlTimeout(), ServerSettings.sparqlResultLimit(), false, base)
                .withMaxRequestBytes(ServerSettings.maxRequestBytes());
        List<Path> extraChecks = Settings.paths(ServerSettings.checks());
        SparqlServer.install(event.getServletContext(), stores.open(ServerSettings.store()), settings,
                CheckCatalogue.load(extraChecks));
    }
}
