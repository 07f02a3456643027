package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semossjdbc.transport.ChannelSockets.Idle;

/** The non-blocking look at an idle connection, on real loopback sockets. */
class ChannelSocketsTest {

    private ServerSocket listener;
    private Socket client;
    private Socket server;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        client = ChannelSockets.factory().createSocket();
        client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 2000);
        client.setSoTimeout(2000);
        server = listener.accept();
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        server.close();
        listener.close();
    }

    /** Waits until what the server did has reached the client's socket (loopback: well under a second). */
    private static void settle() throws InterruptedException {
        Thread.sleep(200);
    }

    @Test
    void aQuietOpenConnectionIsOpenAndStillWorksInBlockingMode() throws Exception {
        assertEquals(Idle.OPEN, ChannelSockets.probe(client));
        assertEquals(Idle.OPEN, ChannelSockets.probe(client), "probing takes nothing and changes nothing");
        client.getOutputStream().write('x');
        assertEquals('x', server.getInputStream().read());
        server.getOutputStream().write('y');
        assertEquals('y', client.getInputStream().read(), "blocking reads work after the probe");
    }

    @Test
    void aConnectionTheServerClosedIsClosedAndTheProbeClosesItsSide() throws Exception {
        server.close();
        settle();
        assertEquals(Idle.CLOSED, ChannelSockets.probe(client));
        assertTrue(client.isClosed(), "closed, so the connection pool drops it too");
        assertEquals(Idle.CLOSED, ChannelSockets.probe(client));
    }

    @Test
    void bytesNobodyAskedForMeanTheConnectionCannotCarryARequest() throws Exception {
        server.getOutputStream().write("HTTP/1.1 408 Request Timeout\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        settle();
        assertEquals(Idle.CLOSED, ChannelSockets.probe(client));
        assertTrue(client.isClosed());
    }

    @Test
    void anInterruptedThreadCanProbeWithoutLosingTheConnection() throws Exception {
        Thread.currentThread().interrupt();
        try {
            assertEquals(Idle.OPEN, ChannelSockets.probe(client));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is left as it was");
        } finally {
            Thread.interrupted();
        }
        assertFalse(client.isClosed());
        assertTrue(client.getChannel().isOpen());
    }

    @Test
    void aSocketWithoutAChannelCannotBeProbedWithoutBlocking() throws Exception {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 2000);
            try (Socket accepted = listener.accept()) {
                assertEquals(Idle.UNKNOWN, ChannelSockets.probe(plain));
            }
        }
    }
}
