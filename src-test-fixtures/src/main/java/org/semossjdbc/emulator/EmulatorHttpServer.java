package org.semossjdbc.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HttpServer bound to 127.0.0.1 with a bounded pool of daemon worker threads. Keep-alive and chunked
 * responses come from HttpServer; an exchange closed before its headers were sent closes the socket, which is how
 * faults drop a connection without a response.
 */
final class EmulatorHttpServer {

    private static final int WORKERS = 32;

    static {
        // The JDK server writes small responses without TCP_NODELAY, so Nagle's algorithm meets the client's
        // delayed ACK and every exchange stalls for about 40 ms. The server reads this property once, when its
        // implementation class loads, so it must be set before the first HttpServer is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    EmulatorHttpServer(EmulatorRuntime runtime, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "semoss-emulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(4096),
                factory);
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/", new ApiHandler(runtime));
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
