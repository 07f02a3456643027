package org.semossjdbc.transport;

import java.io.Closeable;
import java.io.InputStream;

/**
 * A response with status 200 or 400 (the statuses SEMOSS answers pixels with); its body is streamed and must be
 * closed. Reading the body may still throw {@link TransportException} (connection lost, timeout, cancel).
 */
public interface TransportResponse extends Closeable {

    /** 200 or 400. */
    int status();

    /** A response header, or null. */
    String header(String name);

    /** The body as a stream of bytes (UTF-8 JSON for runPixel). */
    InputStream body();

    /** Releases the connection; never throws. */
    @Override
    void close();
}
