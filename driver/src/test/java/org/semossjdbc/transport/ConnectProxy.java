package org.semossjdbc.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal HTTP proxy that only tunnels, as a corporate proxy does for HTTPS: it answers {@code CONNECT host:port}
 * with 200 and then relays bytes both ways, one thread per direction. It counts the CONNECT requests and records the
 * {@code Proxy-Authorization} each carried; given credentials, it answers 407 to a CONNECT without them. It can close
 * every tunnel at once, as a proxy does that drops idle tunnels or restarts.
 */
final class ConnectProxy implements AutoCloseable {

    private static final byte[] ESTABLISHED =
            "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AUTHENTICATION_REQUIRED = ("HTTP/1.1 407 Proxy Authentication Required\r\n"
            + "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_CONNECT = ("HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_GATEWAY = ("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    /** The {@code Proxy-Authorization} value a CONNECT must carry, or null when the proxy asks for none. */
    private final String requiredAuthorization;
    /** Both ends of every tunnel, and client connections still negotiating one. */
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger connects = new AtomicInteger();

    /** A proxy that tunnels for anyone. */
    ConnectProxy() throws IOException {
        this(null, null);
    }

    /** A proxy that tunnels only for a CONNECT carrying Basic {@code user:password}; null user for anyone. */
    ConnectProxy(String user, String password) throws IOException {
        this.requiredAuthorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The proxy's host, as a client configures it. */
    String host() {
        return listener.getInetAddress().getHostAddress();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** CONNECT requests received, answered or refused. */
    int connects() {
        return connects.get();
    }

    /** The {@code Proxy-Authorization} of each CONNECT in order of arrival; {@code (none)} for one without. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Closes every tunnel, both ends (the client receives a FIN), and keeps accepting new ones. */
    void closeTunnels() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeTunnels();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                start(() -> negotiate(client), "connect-proxy-client");
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Reads CONNECT requests until one opens a tunnel; a refused one (407) may be followed by another. */
    private void negotiate(Socket client) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = KeepAliveServer.readHead(in);
                if (head == null) {
                    closeQuietly(client);
                    return;
                }
                String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
                if (!"CONNECT".equals(requestLine[0])) {
                    out.write(NOT_CONNECT);
                    closeQuietly(client);
                    return;
                }
                connects.incrementAndGet();
                String authorization = header(head, "proxy-authorization");
                authorizations.add(authorization == null ? "(none)" : authorization);
                if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                    out.write(AUTHENTICATION_REQUIRED);
                    continue;
                }
                Socket upstream;
                try {
                    int colon = requestLine[1].lastIndexOf(':');
                    upstream = new Socket(requestLine[1].substring(0, colon),
                            Integer.parseInt(requestLine[1].substring(colon + 1)));
                } catch (IOException | RuntimeException e) {
                    out.write(BAD_GATEWAY);
                    closeQuietly(client);
                    return;
                }
                sockets.add(upstream);
                out.write(ESTABLISHED);
                start(() -> relay(client, upstream), "connect-proxy-upstream");
                start(() -> relay(upstream, client), "connect-proxy-downstream");
                return;
            }
        } catch (IOException e) {
            closeQuietly(client); // the client went away, or the test closed the connection
        }
    }

    /**
     * Copies {@code from} to {@code to} until either ends. Then both sockets are closed, which ends the other
     * direction too: an HTTP client never half-closes a tunnel it still wants, so nothing is cut short.
     */
    private static void relay(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static void start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
