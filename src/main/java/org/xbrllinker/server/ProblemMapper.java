package org.xbrllinker.server;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every error of the API as a JSON problem with its status code. An unexpected exception is logged on the server and
 * answered with a 500 that names no class, file or stack frame.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        Problem problem;
        if (t instanceof ProblemException p) {
            problem = p.problem();
        } else if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            problem = Problem.of(status, "http-" + status, title, title + ": " + status);
        } else {
            LOG.log(Level.SEVERE, "unexpected error in the API", t);
            problem = Problem.of(500, "internal", "Internal error",
                    "the server could not complete the request; its log has the details");
        }
        return response(problem);
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(Json.write(problem)).build();
    }
}
