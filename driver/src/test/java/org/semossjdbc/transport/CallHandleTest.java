package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import org.junit.jupiter.api.Test;

/** The handle's bookkeeping; the behaviour against a server is in {@link HttpTransportFailureTest}. */
class CallHandleTest {

    private static final OkHttpClient CLIENT = new OkHttpClient();

    private static Call newCall() {
        return CLIENT.newCall(new Request.Builder().url("http://127.0.0.1:9/never").build());
    }

    @Test
    void cancelReachesTheCallInFlight() {
        CallHandle handle = new CallHandle();
        Call call = newCall();
        handle.attach(call);
        assertFalse(call.isCanceled());
        handle.cancel();
        assertTrue(call.isCanceled());
        assertTrue(handle.isCancelled());
    }

    @Test
    void cancelBeforeTheCallReachesItWhenItStarts() {
        CallHandle handle = new CallHandle();
        handle.cancel();
        Call call = newCall();
        handle.attach(call);
        assertTrue(call.isCanceled());
        TransportException e = assertThrows(TransportException.class, () -> handle.checkActive("POST /x"));
        assertEquals(TransportException.Kind.CANCELLED, e.kind());
        assertFalse(e.requestSent());
    }

    @Test
    void detachedCallIsNotCancelled() {
        CallHandle handle = new CallHandle();
        Call call = newCall();
        handle.attach(call);
        handle.detach(call);
        handle.cancel();
        assertFalse(call.isCanceled());
    }

    @Test
    void deadlineBecomesTheCallsTimeoutAndExpires() {
        CallHandle handle = new CallHandle(Duration.ofHours(1));
        Call call = newCall();
        handle.attach(call);
        long timeoutNanos = call.timeout().timeoutNanos();
        assertTrue(timeoutNanos > TimeUnit.MINUTES.toNanos(59) && timeoutNanos <= TimeUnit.HOURS.toNanos(1));
        assertFalse(handle.isExpired());
        CallHandle expired = new CallHandle(Duration.ofNanos(1));
        TransportException e = assertThrows(TransportException.class, () -> expired.checkActive("GET /x"));
        assertEquals(TransportException.Kind.TIMEOUT, e.kind());
    }

    @Test
    void zeroMeansNoDeadlineAndNegativeIsRefused() {
        CallHandle handle = new CallHandle(Duration.ZERO);
        Call call = newCall();
        handle.attach(call);
        assertEquals(0, call.timeout().timeoutNanos());
        assertFalse(handle.isExpired());
        assertThrows(IllegalArgumentException.class, () -> new CallHandle(Duration.ofSeconds(-1)));
    }
}
