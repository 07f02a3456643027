package org.semossjdbc.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.semossjdbc.transport.HttpTransport;
import org.semossjdbc.transport.Log;
import org.semossjdbc.transport.TransportConfig;
import org.semossjdbc.transport.TransportException;
import org.semossjdbc.transport.TransportResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection's view of a SEMOSS database engine, mirroring the server's {@code DatabaseEngine}: reads through
 * {@code Query|Collect} and paging, writes through {@code ExecQuery}, the engine's description, and the life cycle of
 * the connection's insight.
 *
 * <p>Threads: {@link #lock} serialises the connection's requests and guards {@link #insightId} and
 * {@link #generation}. {@link #pendingRemovals} is a concurrent queue because result sets release their tasks from
 * any thread, including the {@link java.lang.ref.Cleaner}'s; {@link #refusal} is volatile because
 * {@code Connection.isValid} reads it from any thread.
 */
public final class RemoteDatabaseEngine implements AutoCloseable {
    private static final String RUN_PIXEL = "/engine/runPixel";
    private static final String NEW_INSIGHT = "new";
    private static final String INSIGHT_LOST = "Could not find the insight id";
    /**
     * {@code Database(...)}'s answer for an engine that does not exist or that the caller may not use
     * (docs/protocol.md, 'SEMOSS errors').
     */
    private static final String ENGINE_REFUSED = "does not exist or user does not have access to database";
    /**
     * An {@code insightId} that makes the server run the request in a temporary insight, dropped after it (transcript
     * 020).
     */
    private static final String TEMPORARY_INSIGHT = "";
    private static final int MAX_REMOVALS_PER_REQUEST = 200;
    private static final Log LOG = Log.of(RemoteDatabaseEngine.class);

    private final HttpTransport transport;
    private final String database;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<TaskRef> pendingRemovals = new ConcurrentLinkedQueue<>();
    private String insightId = NEW_INSIGHT;
    private int generation;
    /** The server's refusal of the engine once a statement got one; null while the engine answers. */
    private volatile String refusal;

    private RemoteDatabaseEngine(HttpTransport transport, String database) {
        this.transport = transport;
        this.database = database;
    }

    /**
     * Logs in (credentials are checked now) and returns the engine of one connection. No insight exists until the
     * first statement ({@link #lookUpEngine} works in temporary insights).
     *
     * @param config       server, credentials, timeouts, TLS, proxy
     * @param database     the engine id or name, as {@code Database(database=...)} accepts both (transcript 153)
     * @param loginTimeout bounds the login (zero: none)
     */
    public static RemoteDatabaseEngine open(TransportConfig config, String database, java.time.Duration loginTimeout)
            throws CallFailedException {
        Pixels.checkSafe(database, "database");
        HttpTransport transport = HttpTransport.create(config);
        try {
            transport.login(CallScope.of(loginTimeout).handle());
        } catch (TransportException e) {
            transport.close();
            throw CallFailedException.from(e);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        LOG.debug("logged in to {} for engine {}", config.apiBaseUrl(), database);
        return new RemoteDatabaseEngine(transport, database);
    }

    /**
     * Checks that the caller may use the engine and returns its description, in at most two requests that run in
     * temporary insights, so the connection's own insight is still made by its first statement.
     *
     * <p>{@code MyEngines} gives the subtype and the caller's permission. It is not the last word on access: it leaves
     * out engines the user has hidden from their own catalog (its visibility filter), which {@code Database(...)}
     * still accepts (R Semoss SecurityEngineUtils#getUserEngineList, #userCanViewEngine), and a server may lack the
     * reactor. An engine it does not list is therefore tried through the statement path itself
     * ({@link Pixels#accessCheck}); only that path's refusal counts as "does not exist", and an engine it accepts is
     * described as {@link EngineInfo#unknown}.
     *
     * @throws EngineUnavailableException the engine does not exist or the caller may not use it
     */
    public EngineInfo lookUpEngine(CallScope call)
            throws CallFailedException, ServerErrorException, EngineUnavailableException {
        try {
            acquire(call);
            try {
                PixelEntry listing = sendInTemporaryInsight(Pixels.myEngines(), call);
                EngineInfo listed = listing.isError() ? null : findEngine(listing.output());
                if (listed != null) {
                    return listed;
                }
                LOG.debug("MyEngines {} engine {}; asking the statement path", listing.isError()
                        ? "failed (" + listing.errorMessage() + ") before naming" : "does not list", database);
                PixelEntry check = sendInTemporaryInsight(Pixels.accessCheck(database), call);
                if (check.isError() && isEngineRefusal(check.errorMessage())) {
                    throw new EngineUnavailableException(database, check.errorMessage());
                }
                return EngineInfo.unknown(database);
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /**
     * The server's refusal of this connection's engine, once a statement got one after the connection opened (the
     * engine was deleted or the caller's access revoked); null while the engine answers.
     */
    public String refusal() {
        return refusal;
    }

    /** Runs a read and returns its first page; the task stays open on the server until {@link #release}. */
    public OpenTask query(String sql, int pageSize, CallScope call) throws CallFailedException, ServerErrorException {
        try {
            acquire(call);
            try {
                PixelEntry entry = send(List.of(Pixels.read(database, sql, pageSize)), true, call).get(0);
                throwIfRefusedOrError(entry);
                TaskPage page = asPage(entry, pageSize);
                return new OpenTask(page.taskId() == null ? null : new TaskRef(page.taskId(), generation), page);
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /** The next page of an open task. A task of a dropped insight is reported as lost (24000). */
    public TaskPage nextPage(TaskRef task, int pageSize, CallScope call) throws CallFailedException, ServerErrorException {
        try {
            acquire(call);
            try {
                if (task.generation() != generation) {
                    throw resultLost();
                }
                // No retry with a new insight: the task died with the old one.
                PixelEntry entry = send(List.of(Pixels.nextPage(task.taskId(), pageSize)), false, call).get(0);
                throwIfError(entry);
                return asPage(entry, pageSize);
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /**
     * Runs SQL through {@code ExecQuery(commit=true)}, which returns no count (docs/protocol.md, 'The write pixel').
     */
    public void execQuery(String sql, CallScope call) throws CallFailedException, ServerErrorException {
        try {
            acquire(call);
            try {
                throwIfRefusedOrError(send(List.of(Pixels.execQuery(database, sql)), true, call).get(0));
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /**
     * Runs several statements through {@code ExecQuery(commit=true)} in one request, in order. The server runs every
     * statement even after one fails (docs/protocol.md, 'Several pixels in one request'), so each answer is its own: an
     * error or success (no count).
     *
     * @throws ServerErrorException when the request as a whole was refused (pixel syntax, lost insight twice): then
     *                              nothing ran
     */
    public List<BatchResult> execQueryAll(List<String> sqls, CallScope call)
            throws CallFailedException, ServerErrorException {
        List<String> pixels = new ArrayList<>(sqls.size());
        sqls.forEach(sql -> pixels.add(Pixels.execQuery(database, sql)));
        return sendAll(pixels, 0, call);
    }

    /**
     * Runs several reads in one request and returns each first page ({@code pageSize} rows at most); their tasks are
     * released at once. For counting and RETURNING forms of writes in a batch: the server runs a request's reads
     * after its other pixels (docs/protocol.md, 'Reads run last'), so callers never mix them with {@code ExecQuery} in
     * one request.
     */
    public List<BatchResult> queryAll(List<String> sqls, int pageSize, CallScope call)
            throws CallFailedException, ServerErrorException {
        List<String> pixels = new ArrayList<>(sqls.size());
        sqls.forEach(sql -> pixels.add(Pixels.read(database, sql, pageSize)));
        return sendAll(pixels, pageSize, call);
    }

    private List<BatchResult> sendAll(List<String> pixels, int pageSize, CallScope call)
            throws CallFailedException, ServerErrorException {
        long started = System.nanoTime();
        try {
            acquire(call);
            try {
                List<PixelEntry> entries = send(pixels, true, call);
                List<BatchResult> results = new ArrayList<>(entries.size());
                for (PixelEntry entry : entries) {
                    if (entry.isError()) {
                        noteRefusal(entry);
                        results.add(new BatchResult(ServerErrorClassifier.classify(entry.errorMessage()), null));
                    } else if (pageSize > 0) {
                        TaskPage page = asPage(entry, pageSize);
                        if (page.taskId() != null) {
                            pendingRemovals.add(new TaskRef(page.taskId(), generation));
                        }
                        results.add(new BatchResult(null, page));
                    } else {
                        results.add(new BatchResult(null, null));
                    }
                }
                LOG.debug("batch of {} statements in one request: {} ms", pixels.size(),
                        (System.nanoTime() - started) / 1_000_000);
                return results;
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /**
     * One statement's answer within a batch request.
     *
     * @param error the server's error for this statement, or null when it succeeded
     * @param page  a read's first page (its task already released), or null for a write or an error
     */
    public record BatchResult(ServerError error, TaskPage page) {
    }

    /**
     * Queues {@code RemoveTask} for a task the caller no longer needs; it rides on the connection's next request (or
     * on {@link #close()}), so closing a result set costs no round trip. Exhausted tasks are not removed by the server
     * (transcripts 041, 043), so every task must come through here. Thread-safe; may be called from the Cleaner.
     */
    public void release(TaskRef task) {
        if (task != null) {
            pendingRemovals.add(task);
        }
    }

    /** Sends a no-op ({@code META | true;}) that also carries pending task removals. */
    public void ping(CallScope call) throws CallFailedException, ServerErrorException {
        try {
            acquire(call);
            try {
                throwIfError(send(List.of(Pixels.ping()), true, call).get(0));
            } finally {
                lock.unlock();
            }
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /** {@code GET /config} (server version, CSRF flag); null when the body is not JSON. */
    public JsonNode serverConfig(CallScope call) throws CallFailedException {
        try (TransportResponse response = transport.get("/config", call.handle())) {
            return PixelResponseReader.readTree(response.body());
        } catch (TransportException e) {
            throw CallFailedException.from(e);
        }
    }

    /** The insight this connection works in, or {@code new} before the first request (for tests and diagnostics). */
    public String insightId() {
        lock.lock();
        try {
            return insightId;
        } finally {
            lock.unlock();
        }
    }

    /** The number of task removals waiting for the next request (for tests and diagnostics). */
    public int pendingRemovalCount() {
        return pendingRemovals.size();
    }

    /**
     * Removes the remaining tasks and drops the insight in one request, then ends the HTTP session. Best effort: a
     * failure here must not stop the application from closing, and the server drops everything with the session.
     */
    @Override
    public void close() {
        close(true);
    }

    /** Like {@link #close()}; {@code logout} false keeps the HTTP session (and its cookie) alive on the server. */
    public void close(boolean logout) {
        CallScope call = CallScope.of(java.time.Duration.ofSeconds(10));
        try {
            acquire(call);
            try {
                if (!NEW_INSIGHT.equals(insightId)) {
                    send(List.of(Pixels.dropInsight()), false, call);
                }
            } finally {
                lock.unlock();
            }
        } catch (TransportException | ServerErrorException | RuntimeException e) {
            // the session's end (logout below) drops the insight on the server as well
        } finally {
            pendingRemovals.clear();
            if (logout) {
                transport.logout();
            }
            transport.close();
        }
    }

    /** Closes the transport without any request (for {@code Connection.abort}). */
    public void abandon() {
        pendingRemovals.clear();
        transport.close();
    }

    private void acquire(CallScope call) throws TransportException {
        try {
            while (!lock.tryLock(Math.min(50_000_000L, call.remainingNanos()), TimeUnit.NANOSECONDS)) {
                call.checkNotCancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.CANCELLED, false, 0,
                    "Interrupted while waiting for the connection", e);
        }
        try {
            call.checkNotCancelled();
            call.remainingNanos();
        } catch (TransportException e) {
            lock.unlock();
            throw e;
        }
    }

    /**
     * Tomcat silently drops the parameters of a form body over its 2 MB {@code maxPostSize} and SEMOSS then answers
     * "Must pass in 'expression'" (docs/protocol.md, 'Request size'; transcript 150). Refusing before sending gives the
     * same SQLState (54000) without a request, and says why.
     */
    private static void refuseOverFormLimit(Map<String, String> form) throws ServerErrorException {
        long bytes = RequestSize.ofForm(form);
        if (bytes > RequestSize.SERVER_FORM_LIMIT) {
            throw new ServerErrorException(new ServerError("54000", ErrorCategory.LIMIT, 0,
                    "The request would be " + bytes + " bytes, over the server's " + RequestSize.SERVER_FORM_LIMIT
                            + "-byte form limit (Tomcat maxPostSize); it was not sent. Split the statement or"
                            + " the batch."));
        }
    }

    /**
     * Sends one pixel in a temporary insight: the connection's insight and its pending task removals are left alone.
     * Caller holds {@link #lock}.
     */
    private PixelEntry sendInTemporaryInsight(String pixel, CallScope call)
            throws TransportException, ServerErrorException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("expression", pixel);
        form.put("insightId", TEMPORARY_INSIGHT);
        try (TransportResponse http = transport.postForm(RUN_PIXEL, form, call.handle())) {
            if (http.status() != 200) {
                throw new ServerErrorException(badRequest(http));
            }
            List<PixelEntry> entries = read(http).entries();
            if (entries.size() != 1) {
                throw new ServerErrorException(new ServerError("08P01", ErrorCategory.CONNECTION, 0,
                        "The server answered " + entries.size() + " entries for 1 statement"));
            }
            return entries.get(0);
        }
    }

    /**
     * Sends the pending task removals followed by {@code pixels} in one request and returns the entries of
     * {@code pixels}. Caller holds {@link #lock}. When the insight is gone (400 INSIGHT_NOT_FOUND: the server refused
     * before running anything) a new one is made and, if {@code retry}, the request is sent again once.
     */
    private List<PixelEntry> send(List<String> pixels, boolean retry, CallScope call)
            throws TransportException, ServerErrorException {
        List<TaskRef> removals = drainRemovals();
        List<String> all = new ArrayList<>(removals.size() + pixels.size());
        removals.forEach(task -> all.add(Pixels.removeTask(task.taskId())));
        all.addAll(pixels);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("expression", String.join(" ", all));
        form.put("insightId", insightId);
        refuseOverFormLimit(form);
        PixelResponse response;
        long started = System.nanoTime();
        try (TransportResponse http = transport.postForm(RUN_PIXEL, form, call.handle())) {
            if (http.status() != 200) {
                ServerError error = badRequest(http);
                if (error.message() != null && error.message().contains(INSIGHT_LOST)) {
                    LOG.debug("insight {} is gone on the server; making a new one{}", insightId,
                            retry ? " and sending the request again" : "");
                    newInsight();
                    if (retry) {
                        return send(pixels, false, call);
                    }
                    // A page of a task that died with the old insight cannot be fetched from the new one.
                    throw pixels.get(0).startsWith("META | Task(") ? resultLost() : new ServerErrorException(
                            new ServerError("08006", ErrorCategory.CONNECTION, 0, "SEMOSS lost this connection's "
                                    + "insight again right after it was recreated; nothing was run"));
                }
                throw new ServerErrorException(error);
            }
            response = read(http);
        }
        if (NEW_INSIGHT.equals(insightId)) {
            insightId = response.insightId();
            LOG.debug("insight {} created for engine {}", insightId, database);
        }
        LOG.trace("runPixel: {} pixel(s) ({} task removals) answered in {} ms", all.size(), removals.size(),
                (System.nanoTime() - started) / 1_000_000);
        List<PixelEntry> entries = response.entries();
        if (entries.size() == all.size()) {
            // The RemoveTask entries are not checked: an error there only says the task is already gone, which
            // is the state the removal wanted. Every entry of the caller's pixels is checked by the caller.
            return entries.subList(removals.size(), entries.size());
        }
        if (entries.size() == 1 && entries.get(0).isError()) {
            // A pixel syntax error answers with one entry for the whole expression and runs nothing (docs/protocol.md,
            // 'Syntax errors').
            throw new ServerErrorException(ServerErrorClassifier.classify(entries.get(0).errorMessage()));
        }
        throw new ServerErrorException(new ServerError("08P01", ErrorCategory.CONNECTION, 0,
                "The server answered " + entries.size() + " entries for " + all.size() + " statements"));
    }

    private static PixelResponse read(TransportResponse http) throws TransportException {
        try {
            return PixelResponseReader.read(http.body());
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.CONNECTION_LOST, true, 0,
                    "The server's answer could not be read: " + e.getMessage(), e);
        }
    }

    private static ServerError badRequest(TransportResponse http) {
        JsonNode body = PixelResponseReader.readTree(http.body());
        String message = body == null ? null : body.path("errorMessage").asText(null);
        if (message == null) {
            return new ServerError("08P01", ErrorCategory.CONNECTION, 0,
                    "The server answered HTTP " + http.status() + " without an error message");
        }
        return ServerErrorClassifier.classify(message);
    }

    private List<TaskRef> drainRemovals() {
        List<TaskRef> drained = new ArrayList<>();
        TaskRef task;
        while (drained.size() < MAX_REMOVALS_PER_REQUEST && (task = pendingRemovals.poll()) != null) {
            if (task.generation() == generation && !NEW_INSIGHT.equals(insightId)) {
                drained.add(task);
            }
        }
        return drained;
    }

    private void newInsight() {
        insightId = NEW_INSIGHT;
        generation++;
        pendingRemovals.clear();
    }

    /**
     * The listed engine whose id is {@link #database}, else the one engine whose name is, compared exactly as
     * {@code Database(...)} resolves names; null when none or several match (the statement path decides then).
     */
    private EngineInfo findEngine(Object output) {
        if (!(output instanceof JsonNode engines) || !engines.isArray()) {
            return null;
        }
        JsonNode byName = null;
        int named = 0;
        for (JsonNode engine : engines) {
            if (database.equals(engine.path("database_id").asText(null))) {
                return toInfo(engine);
            }
            if (database.equals(engine.path("database_name").asText(null))) {
                byName = engine;
                named++;
            }
        }
        return named == 1 ? toInfo(byName) : null;
    }

    private static boolean isEngineRefusal(String message) {
        return message != null && message.contains(ENGINE_REFUSED);
    }

    /** Remembers a refusal of the engine, which no later statement of this connection can get past. */
    private void noteRefusal(PixelEntry entry) {
        if (entry.isError() && isEngineRefusal(entry.errorMessage())) {
            refusal = entry.errorMessage();
        }
    }

    private void throwIfRefusedOrError(PixelEntry entry) throws ServerErrorException {
        noteRefusal(entry);
        throwIfError(entry);
    }

    private static EngineInfo toInfo(JsonNode engine) {
        String subtype = engine.path("database_subtype").asText(engine.path("app_subtype").asText(null));
        JsonNode permission = engine.get("user_permission");
        return new EngineInfo(engine.path("database_id").asText(null), engine.path("database_name").asText(null),
                subtype, permission != null && permission.canConvertToInt() ? permission.asInt() : 0);
    }

    private static void throwIfError(PixelEntry entry) throws ServerErrorException {
        if (entry.isError()) {
            throw new ServerErrorException(ServerErrorClassifier.classify(entry.errorMessage()));
        }
    }

    /** The page, judged against the size this driver asked for rather than the echoed {@code numCollected}. */
    private static TaskPage asPage(PixelEntry entry, int pageSize) throws ServerErrorException {
        if (entry.output() instanceof TaskPage page) {
            return new TaskPage(page.taskId(), page.columns(), page.rows(), pageSize);
        }
        throw new ServerErrorException(new ServerError("08P01", ErrorCategory.CONNECTION, 0,
                "The server answered a read without task data: " + entry.operationTypes()));
    }

    private static ServerErrorException resultLost() {
        return new ServerErrorException(new ServerError("24000", ErrorCategory.RESULT_LOST, 0,
                "The server no longer holds this result: its session or insight ended; run the query again"));
    }

    /**
     * A read's first page and its task.
     *
     * @param task the task to page and release; null when the server named none
     * @param page the first page
     */
    public record OpenTask(TaskRef task, TaskPage page) {
    }
}
