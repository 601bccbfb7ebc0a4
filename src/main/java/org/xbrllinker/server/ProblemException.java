package org.xbrllinker.server;

/**
 * Thrown by the API's services; {@link ProblemMapper} turns it into its {@link Problem} response. An EJB application
 * exception, so that it leaves {@link Schedules} as it is, not wrapped.
 */
@jakarta.ejb.ApplicationException
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String kind, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, kind, title, detail);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String kind, String detail) {
        return new ProblemException(400, kind, "Bad request", detail);
    }

    public static ProblemException notFound(String kind, String detail) {
        return new ProblemException(404, kind, "Not found", detail);
    }

    public static ProblemException conflict(String kind, String detail) {
        return new ProblemException(409, kind, "Conflict", detail);
    }
}
