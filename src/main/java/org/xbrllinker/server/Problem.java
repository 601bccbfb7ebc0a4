package org.xbrllinker.server;

/**
 * An error as the API returns it: an RFC 9457 problem document ({@code application/problem+json}), never a stack
 * trace.
 *
 * @param type   a stable IRI naming the kind of problem
 * @param title  the kind of problem in words
 * @param status the HTTP status
 * @param detail what went wrong with this request (the file, parameter or execution it concerns)
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPES = "https://xbrl-linker.org/problems/";

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPES + kind, title, status, detail);
    }
}
