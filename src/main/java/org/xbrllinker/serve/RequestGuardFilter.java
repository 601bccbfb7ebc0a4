package org.xbrllinker.serve;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every path of the server: refuses {@code TRACE} (it would echo a request's {@code Authorization}
 * header back), answers a query string that is not valid percent-encoded UTF-8 with a 400 (the container would make
 * a 500 of it), refuses a request body over the size limit with a 413, and turns an exception escaping a servlet
 * into a short 500 that names no class, file or folder; the exception goes to the server's log with the request's
 * path.
 */
final class RequestGuardFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

    private final long maxRequestBytes;
    private final String limitSetting;

    /** Guards requests whose bodies may have at most {@code maxRequestBytes} bytes, set by {@code serve}'s option. */
    RequestGuardFilter(long maxRequestBytes) {
        this(maxRequestBytes, "serve --max-request-size");
    }

    /**
     * Guards requests whose bodies may have at most {@code maxRequestBytes} bytes; {@code limitSetting} names, in the
     * 413's message, the setting that changes the limit.
     */
    RequestGuardFilter(long maxRequestBytes, String limitSetting) {
        this.maxRequestBytes = maxRequestBytes;
        this.limitSetting = limitSetting;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if ("TRACE".equalsIgnoreCase(req.getMethod())) {
            plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not allowed on this server.");
            return;
        }
        String query = req.getQueryString();
        if (query != null && !validPercentEncoding(query)) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST,
                    "The query string is not valid percent-encoded UTF-8 (a % must be followed by two hex digits).");
            return;
        }
        if (req.getContentLengthLong() > maxRequestBytes) {
            tooLarge(resp);
            return;
        }
        if (req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null) {
            // a streamed body: read it here, where going over the limit can still be answered 413 (Fuseki would
            // catch the failed read and answer 500)
            HttpServletRequest whole = whole(req);
            if (whole == null) {
                tooLarge(resp);
                return;
            }
            req = whole;
        }
        try {
            chain.doFilter(req, response);
        } catch (RuntimeException | ServletException e) {
            if (isContainerStatus(e) || resp.isCommitted()) {
                throw e;
            }
            LOG.log(Level.SEVERE, req.getMethod() + " " + req.getRequestURI() + " failed", e);
            resp.reset();
            plain(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "The server could not answer this request; its log says why.");
        }
    }

    /**
     * The request with its streamed body read, or null when the body is over the limit. A form is parsed by the
     * container, which then keeps its parameters; any other body is kept here and read again from memory.
     */
    private HttpServletRequest whole(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            try {
                req.getParameterMap();
                return req;
            } catch (RuntimeException e) {
                // the container's limit on forms is set to the same size; anything else wrong with the form is
                // for the endpoint to answer
                return overLimit(e) ? null : req;
            }
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
        } catch (IOException e) {
            if (overLimit(e)) {
                return null;
            }
            throw e;
        }
        if (body.length > maxRequestBytes) {
            return null;
        }
        return new BufferedBodyRequest(req, body);
    }

    /** Whether the container gave up reading because the body passed its size limit (Jetty says 413). */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("413")) {
                return true;
            }
        }
        return false;
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        // the rest of the body is not read: close the connection after this answer
        resp.setHeader("Connection", "close");
        plain(resp, 413, "The request body is larger than this server's limit of " + maxRequestBytes
                + " bytes (" + limitSetting + ").");
    }

    /** A request whose body was read into memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** The container's own exceptions that carry a status (a body too large, a bad request line) answer themselves. */
    private static boolean isContainerStatus(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.eclipse.jetty.")) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code %} followed by two hex digits, and the bytes they stand for UTF-8. */
    static boolean validPercentEncoding(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || !HexFormat.isHexDigit(s.charAt(i + 1)) || !HexFormat.isHexDigit(s.charAt(i + 2))) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
                i += 2;
            } else if (c > 0x7f) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
