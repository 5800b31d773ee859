package org.dipnorm.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * On the write endpoints ({@code --allow-update}): after a write that succeeded (2xx), runs the
 * store's after-write step — the load record's time moves, so the data version, {@code ETag} and
 * {@code Last-Modified} change (the text index already followed the write, in its transaction) — before
 * the answer is sent.
 */
final class AfterWriteFilter implements Filter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private final Runnable afterWrite;

    AfterWriteFilter(Runnable afterWrite) {
        this.afterWrite = afterWrite;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!WRITES.contains(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        // The write's answer (empty, or a few bytes of JSON) is held back until the after-write step has
        // run, so that a client that got it finds the new data version and search index.
        HttpServletResponse response = (HttpServletResponse) res;
        HeldResponse held = new HeldResponse(response);
        chain.doFilter(req, held);
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            afterWrite.run();
        }
        held.release();
    }

    /** The response with its body kept in memory, and flushes ignored, until {@link #release}. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("no asynchronous writes on the write endpoints");
            }
        };
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until release()
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() > 0) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
            getResponse().flushBuffer();
        }
    }
}
