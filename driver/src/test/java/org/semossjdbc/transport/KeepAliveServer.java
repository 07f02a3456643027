package org.semossjdbc.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A minimal HTTP/1.1 server that keeps connections alive and, on demand, closes them all while it keeps listening:
 * what a server does when it closes idle keep-alive connections, or what a client sees after a restart. Every request
 * gets {@code 200} with a fixed body; the server counts requests and the connections they came on. Plain HTTP, or
 * HTTPS on an {@code SSLServerSocketFactory}.
 */
final class KeepAliveServer implements AutoCloseable {

    private final ServerSocket listener;
    private final String scheme;
    private final String body;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    KeepAliveServer(String body) throws IOException {
        this(body, ServerSocketFactory.getDefault());
    }

    /** A server on the given factory's sockets: an {@code SSLServerSocketFactory} makes it an HTTPS server. */
    KeepAliveServer(String body, ServerSocketFactory sockets) throws IOException {
        this.body = body;
        this.scheme = sockets instanceof SSLServerSocketFactory ? "https" : "http";
        this.listener = sockets.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "keep-alive-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return baseUrl("127.0.0.1");
    }

    String baseUrl(String host) {
        return scheme + "://" + host + ":" + listener.getLocalPort() + TransportTestSupport.API;
    }

    int requests() {
        return requests.get();
    }

    int connections() {
        return connections.size();
    }

    /** Closes every connection (the client receives a FIN on each) and keeps accepting new ones. */
    void closeConnections() throws IOException {
        for (Socket connection : connections) {
            connection.close();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeConnections();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connections.add(connection);
                Thread worker = new Thread(() -> serve(connection), "keep-alive-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                in.readNBytes(contentLength(head));
                requests.incrementAndGet();
                byte[] payload = body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + payload.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(payload);
                out.flush();
            }
        } catch (IOException e) {
            // the test closed the connection
        }
    }

    /**
     * Reads a request's head up to its blank line, a byte at a time so that nothing after it (a body, or the first
     * bytes of a tunnel) is consumed; null at end of stream.
     */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }
}
