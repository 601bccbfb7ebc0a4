package org.xbrllinker.server;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Job control over HTTP.
 * <pre>
 * GET  /api/jobs                              the jobs this deployment runs
 * POST /api/jobs/{job}/executions             start: {"parameters": {"inputs": [...], "taxonomy": [...], ...}}
 * GET  /api/executions[?job=&amp;limit=]          executions, newest first, with step metrics
 * GET  /api/executions/{id}                   one execution
 * POST /api/executions/{id}/stop              stop a running execution
 * POST /api/executions/{id}/restart           restart a failed or stopped one (optional {"parameters": {...}})
 * GET  /api/executions/{id}/report            the JSON report, as the command line writes it
 * </pre>
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobControl control;

    @Context
    UriInfo uri;

    @GET
    @Path("jobs")
    public String jobs() {
        return Json.write(Map.of("jobs", control.jobs()));
    }

    @POST
    @Path("jobs/{job}/executions")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response start(@PathParam("job") String job, String body) {
        Map<String, String> params = Json.parameters(Json.object(body), "parameters");
        long id = control.start(job, params, null);
        return created(id);
    }

    @GET
    @Path("executions")
    public String executions(@QueryParam("job") String job, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("bad-parameter", "limit must be between 1 and 1000, not " + limit);
        }
        return Json.write(Map.of("executions", control.list(job, limit, apiBase())));
    }

    @GET
    @Path("executions/{id}")
    public String execution(@PathParam("id") long id) {
        return Json.write(control.view(id, apiBase()));
    }

    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        control.stop(id);
        return Response.accepted(Json.write(control.view(id, apiBase()))).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response restart(@PathParam("id") long id, String body) {
        long next = control.restart(id, Json.parameters(Json.object(body), "parameters"));
        return created(next);
    }

    @GET
    @Path("executions/{id}/report")
    public Response report(@PathParam("id") long id) {
        java.nio.file.Path file = control.report(id);
        return Response.ok(file.toFile(), MediaType.APPLICATION_JSON).build();
    }

    private Response created(long id) {
        URI location = URI.create(apiBase() + "executions/" + id);
        return Response.created(location).entity(Json.write(control.view(id, apiBase()))).build();
    }

    private String apiBase() {
        return uri.getBaseUri().toString();
    }
}
