package org.semossjdbc.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sockets backed by a {@link SocketChannel}, so that an idle keep-alive connection can be asked, without blocking,
 * whether the server has closed it.
 *
 * <p>Why: a server that restarts or goes away closes its idle keep-alive connections (the client receives their FIN).
 * OkHttp checks a pooled connection for that only after it has been idle for 10 s, and only with a blocking 1 ms
 * read. Below that, a request is written into the dead connection and fails on the read with "unexpected end of
 * stream" after it was sent: for a write, that would mean "fate unknown" (08007) although the server never saw it.
 * A non-blocking read of one byte before sending answers the question in microseconds: {@code 0} means the connection
 * is open and quiet; end of stream, an error or unexpected bytes mean it must not carry the request.
 *
 * <p>With TLS, the probe reads the plain socket under the TLS socket; {@link #layeredOver(SSLSocketFactory)}
 * remembers which plain socket each TLS socket wraps. Only connections that already carried a response are probed,
 * so no bytes of a TLS handshake's tail (a session ticket) are ever taken from a fresh connection.
 */
final class ChannelSockets {

    /** TLS sockets to the plain sockets they wrap; weak keys, so closed connections leave no trace. */
    private static final Map<Socket, Socket> PLAIN_UNDER_TLS = Collections.synchronizedMap(new WeakHashMap<>());

    private ChannelSockets() {
    }

    /** The factory OkHttp connects with (directly and through an HTTP proxy). */
    static SocketFactory factory() {
        return ChannelSocketFactory.INSTANCE;
    }

    /** Wraps a TLS socket factory so that each TLS socket's plain socket can be probed. */
    static SSLSocketFactory layeredOver(SSLSocketFactory tls) {
        return new RecordingSslSocketFactory(tls, PLAIN_UNDER_TLS);
    }

    /** What a non-blocking look at an idle connection found. */
    enum Idle {
        /** Nothing to read and not at end of stream: the connection can carry a request. */
        OPEN,
        /** End of stream, an error, or bytes nobody asked for: the server closed (or is closing) the connection. */
        CLOSED,
        /** The socket is not channel-backed (a SOCKS proxy, say), so nothing can be said without blocking. */
        UNKNOWN
    }

    /**
     * Looks at an idle connection's socket without blocking. A connection found {@link Idle#CLOSED} is closed here, so
     * OkHttp's pool drops it too.
     *
     * @param socket the connection's socket: plain, or TLS created through {@link #layeredOver}
     */
    static Idle probe(Socket socket) {
        Socket plain = PLAIN_UNDER_TLS.getOrDefault(socket, socket);
        SocketChannel channel = plain.getChannel();
        if (channel == null) {
            return Idle.UNKNOWN;
        }
        if (!channel.isOpen()) {
            return Idle.CLOSED;
        }
        int read;
        try {
            synchronized (channel.blockingLock()) {
                channel.configureBlocking(false);
                try {
                    // A non-blocking read neither waits nor reacts to the thread's interrupt status.
                    read = channel.read(ByteBuffer.allocate(1));
                } finally {
                    channel.configureBlocking(true);
                }
            }
        } catch (IOException e) {
            read = -1; // reset by the peer, or already closed: unusable either way
        }
        if (read == 0) {
            return Idle.OPEN;
        }
        closeQuietly(plain);
        return Idle.CLOSED;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a dead connection: nothing to report
        }
    }

    /** Creates channel-backed sockets; OkHttp calls {@link #createSocket()} and connects it itself. */
    private static final class ChannelSocketFactory extends SocketFactory {
        static final ChannelSocketFactory INSTANCE = new ChannelSocketFactory();

        @Override
        public Socket createSocket() throws IOException {
            return SocketChannel.open().socket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
        }

        private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
            Socket socket = createSocket();
            try {
                if (local != null) {
                    socket.bind(local);
                }
                socket.connect(remote);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                throw e;
            }
        }
    }

    /** Delegates everything; records the plain socket under each TLS socket layered over one. */
    private static final class RecordingSslSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final Map<Socket, Socket> plainUnderTls;

        RecordingSslSocketFactory(SSLSocketFactory delegate, Map<Socket, Socket> plainUnderTls) {
            this.delegate = delegate;
            this.plainUnderTls = plainUnderTls;
        }

        @Override
        public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
            Socket tls = delegate.createSocket(plain, host, port, autoClose);
            plainUnderTls.put(tls, plain);
            return tls;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return delegate.createSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return delegate.createSocket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return delegate.createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return delegate.createSocket(address, port, localAddress, localPort);
        }
    }
}
