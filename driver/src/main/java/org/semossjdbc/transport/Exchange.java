package org.semossjdbc.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** A response in hand, before the transport's status rules decide what becomes of it. Not thread-safe. */
final class Exchange {

    /** Error bodies are read only this far: enough for any message, never a whole HTML page or result. */
    private static final int ERROR_BODY_LIMIT = 16 * 1024;

    final Call call;
    final Response response;
    final CallHandle handle;
    /** e.g. {@code POST /Monolith/api/engine/runPixel}, for messages and logs. */
    final String what;

    Exchange(Call call, Response response, CallHandle handle, String what) {
        this.call = call;
        this.response = response;
        this.handle = handle;
        this.what = what;
    }

    int status() {
        return response.code();
    }

    String header(String name) {
        return response.header(name);
    }

    boolean isHtml() {
        String type = response.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("html");
    }

    /** Reads up to {@code limit} bytes of the body. */
    byte[] readBody(int limit) throws TransportException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body.byteStream()) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw Failures.classify(e, "reading the response of " + what, true, handle);
        }
    }

    /** A clean, short message from the body, which is consumed and closed; empty when there is none. */
    String errorMessage() {
        try {
            byte[] bytes = readBody(ERROR_BODY_LIMIT);
            return ErrorBodies.message(new String(bytes, StandardCharsets.UTF_8), response.header("Content-Type"));
        } catch (TransportException e) {
            return "";
        } finally {
            close();
        }
    }

    /** The response as the caller's streamed {@link TransportResponse}; it then owns closing. */
    TransportResponse toResponse() {
        return new StreamingResponse(response, call, handle, what);
    }

    void close() {
        try {
            response.close();
        } finally {
            handle.detach(call);
        }
    }
}
