package org.semossjdbc.protocol;

import org.semossjdbc.transport.FormEncoding;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a SEMOSS request costs on the wire and what the server accepts, measured on the form body the transport sends
 * ({@link FormEncoding}): the one owner of request sizing, used by the guard before sending, by the batch budget and by
 * the chunking of prepared-statement batches into multi-row INSERTs.
 */
public final class RequestSize {
    /**
     * Tomcat's default {@code maxPostSize}: over it the server drops the form's parameters and SEMOSS answers
     * "Must pass in 'expression'" (docs/protocol.md, 'Request size').
     */
    public static final long SERVER_FORM_LIMIT = 2L * 1024 * 1024;
    /** What one batch request may carry in SQL: half the server's limit, so that the pixels around it always fit. */
    public static final long BATCH_BUDGET = 1_000_000;
    /** An upper bound of the pixel text around one statement of a batch request, in body bytes. */
    public static final long PIXEL_FRAMING = 400;

    private RequestSize() {
    }

    /**
     * The body bytes {@code sql} costs inside a pixel: {@link PixelEncoder#encode} percent-encodes it, then the form
     * encodes the result again ({@code %} becomes {@code %25}), so a byte the pixel encoding keeps costs what the form
     * makes of it and any other byte {@code %25XX}, 5 bytes.
     */
    public static long ofSql(String sql) {
        long bytes = 0;
        int escaped = FormEncoding.length('%') + 2;
        for (byte b : sql.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            bytes += PixelEncoder.isUnreserved(c) ? FormEncoding.length(c) : escaped;
        }
        return bytes;
    }

    /** The exact body length of a request's form. */
    public static long ofForm(Map<String, String> form) {
        return FormEncoding.length(form);
    }
}
