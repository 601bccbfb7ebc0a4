package org.xbrllinker.server;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Persistent schedules over HTTP.
 * <pre>
 * POST   /api/schedules        {"job": "link-disclosures", "cron": "0 2 * * *", "name": "...", "parameters": {...}}
 * GET    /api/schedules        every schedule with its next and last firing
 * GET    /api/schedules/{id}   one schedule
 * DELETE /api/schedules/{id}   cancel it
 * </pre>
 */
@Path("schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    Schedules schedules;

    @Context
    UriInfo uri;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(String body) {
        JsonNode json = Json.object(body);
        Schedules.View view = schedules.create(Json.text(json, "name"), Json.text(json, "job"), Json.text(json, "cron"),
                Json.parameters(json, "parameters"));
        URI location = uri.getAbsolutePathBuilder().path(view.id()).build();
        return Response.created(location).entity(Json.write(view)).build();
    }

    @GET
    public String list() {
        return Json.write(Map.of("schedules", schedules.list()));
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return Json.write(schedules.get(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        schedules.delete(id);
        return Response.noContent().build();
    }
}
