package org.semossjdbc.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A 200 or 400 response whose body is read straight from the socket, never buffered (results run to hundreds of MB).
 * Read failures become {@link TransportException}s with {@code requestSent = true}; the handle's deadline and cancel
 * still apply while the body is read, because OkHttp's call timeout lasts until the body is closed.
 */
final class StreamingResponse implements TransportResponse {

    private final Response response;
    private final Call call;
    private final CallHandle handle;
    private final String what;
    private final InputStream body;

    StreamingResponse(Response response, Call call, CallHandle handle, String what) {
        this.response = response;
        this.call = call;
        this.handle = handle;
        this.what = what;
        ResponseBody responseBody = response.body();
        this.body = new GuardedStream(responseBody == null ? InputStream.nullInputStream() : responseBody.byteStream());
    }

    @Override
    public int status() {
        return response.code();
    }

    @Override
    public String header(String name) {
        return response.header(name);
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() {
        try {
            response.close();
        } catch (RuntimeException e) {
            // Closing a broken connection may throw; the contract is "never throws".
        } finally {
            handle.detach(call);
        }
    }

    @Override
    public String toString() {
        return "TransportResponse[" + what + " -> " + response.code() + "]";
    }

    /** Translates read failures; the message names the exchange, never the body. */
    private final class GuardedStream extends FilterInputStream {
        GuardedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public long skip(long count) throws IOException {
            try {
                return super.skip(count);
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int available() throws IOException {
            try {
                return super.available();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() {
            StreamingResponse.this.close();
        }

        private TransportException translate(IOException failure) {
            return Failures.classify(failure, "reading the response of " + what, true, handle);
        }
    }
}
