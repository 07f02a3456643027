package org.semossjdbc.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.semossjdbc.emulator.pixel.PixelNode;

/**
 * The emulator's shared state: configuration, engines, users, sessions, the global insight store, counters and
 * fault switches. Everything here is thread-safe (concurrent collections, atomics, volatile settings); it also
 * serves as the {@link EmulatorHooks} implementation.
 */
final class EmulatorRuntime implements EmulatorHooks {

    static final String SERVER_VERSION = "4.3.0-SNAPSHOT";
    static final String SERVER_BUILD_TIME = "2024-07-17 05:12:01";
    static final String LOGIN_PAGE = "http://localhost:9090/SemossWeb/#!/login";

    private final String contextPath;
    private final String cookieName;
    private final boolean csrf;
    private final int maxFormBytes;
    private final List<Engine> engines = new CopyOnWriteArrayList<>();
    private final List<UserAccount> users = new CopyOnWriteArrayList<>();
    private final Map<String, Insight> insights = new ConcurrentHashMap<>();
    private final SessionStore sessions;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong runPixels = new AtomicLong();
    private final AtomicInteger dropBeforeExecution = new AtomicInteger();
    private final AtomicInteger dropAfterExecution = new AtomicInteger();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "semoss-emulator-session-sweeper");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration latency = Duration.ZERO;
    private volatile ServerCosts costs;

    EmulatorRuntime(String contextPath, String cookieName, boolean csrf, int maxFormBytes, Duration idleTimeout,
                    ServerCosts costs) {
        this.contextPath = contextPath;
        this.cookieName = cookieName;
        this.csrf = csrf;
        this.maxFormBytes = maxFormBytes;
        this.costs = costs;
        this.sessions = new SessionStore(idleTimeout, this::sessionDestroyed);
        // Idle sessions end even when no request arrives, as Tomcat's background expiry does.
        long period = Math.max(50, Math.min(1000, idleTimeout.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(sessions::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    String contextPath() {
        return contextPath;
    }

    String cookieName() {
        return cookieName;
    }

    boolean csrf() {
        return csrf;
    }

    int maxFormBytes() {
        return maxFormBytes;
    }

    SessionStore sessions() {
        return sessions;
    }

    Duration latencyValue() {
        return latency;
    }

    // ---- engines and users

    void addEngine(Engine engine) {
        engines.add(engine);
    }

    List<Engine> engines() {
        return List.copyOf(engines);
    }

    /** The engine with this id, else the one with this name; null when neither exists. */
    Engine engine(String idOrName) {
        for (Engine engine : engines) {
            if (engine.id().equals(idOrName)) {
                return engine;
            }
        }
        for (Engine engine : engines) {
            if (engine.name().equals(idOrName)) {
                return engine;
            }
        }
        return null;
    }

    static String newEngineId() {
        return UUID.randomUUID().toString();
    }

    void addUser(UserAccount user) {
        users.add(user);
    }

    List<UserAccount> users() {
        return List.copyOf(users);
    }

    UserAccount user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst().orElse(null);
    }

    // ---- insights

    Insight createInsight(HttpSession session) {
        Insight insight = new Insight(UUID.randomUUID().toString(), false);
        insights.put(insight.id(), insight);
        session.insightIds().add(insight.id());
        return insight;
    }

    Insight insight(String id) {
        return insights.get(id);
    }

    void dropInsight(String id) {
        Insight insight = insights.remove(id);
        if (insight != null) {
            insight.drop();
        }
    }

    /** SEMOSS's UserSessionLoader.sessionDestroyed: every insight tied to the session is dropped. */
    private void sessionDestroyed(HttpSession session) {
        for (String id : List.copyOf(session.insightIds())) {
            dropInsight(id);
        }
    }

    // ---- request accounting and faults

    void countRequest() {
        requests.incrementAndGet();
    }

    void countRunPixel() {
        runPixels.incrementAndGet();
    }

    boolean takeDropBeforeExecution() {
        return takeOne(dropBeforeExecution);
    }

    boolean takeDropAfterExecution() {
        return takeOne(dropAfterExecution);
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /**
     * Sleeps the configured server time for a database pixel ({@code Database(...)|...} or {@code Task(...)|...}).
     * The real server's ~6 ms was measured on such pixels; bookkeeping reactors such as {@code RemoveTask} or
     * {@code META | true} are charged nothing, so a benchmark is not skewed by them.
     */
    void pausePerPixel(PixelNode statement) {
        ServerCosts current = costs;
        Duration cost = switch (pixelKind(statement)) {
            case "Database" -> current.databasePixel();
            case "Task" -> current.taskPixel();
            default -> Duration.ZERO;
        };
        CostMeter.spend(cost.toNanos(), current.spending());
    }

    /** The costs charged now (they may change while the emulator runs, through the hooks). */
    ServerCosts costs() {
        return costs;
    }

    /** Charges the server's cost of answering {@code GET /config}. */
    void chargeConfig() {
        ServerCosts current = costs;
        CostMeter.spend(current.config().toNanos(), current.spending());
    }

    /** Charges the server's cost of logging a session in. */
    void chargeLogin() {
        ServerCosts current = costs;
        CostMeter.spend(current.login().toNanos(), current.spending());
    }

    /** {@code Database} for a pixel that runs a query, {@code Task} for one that pages a task, else empty. */
    private static String pixelKind(PixelNode statement) {
        List<PixelNode> stages = statement instanceof PixelNode.Pipe pipe ? pipe.stages() : List.of(statement);
        for (PixelNode stage : stages) {
            if (stage instanceof PixelNode.ReactorCall call
                    && (call.name().equals("Database") || call.name().equals("Task"))) {
                return call.name();
            }
        }
        return "";
    }

    static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void closeAll() {
        sweeper.shutdownNow();
        sessions.closeAll();
        for (String id : List.copyOf(insights.keySet())) {
            dropInsight(id);
        }
        engines.forEach(Engine::close);
    }

    // ---- EmulatorHooks

    @Override
    public long requestCount() {
        return requests.get();
    }

    @Override
    public long runPixelCount() {
        return runPixels.get();
    }

    @Override
    public void resetCounters() {
        requests.set(0);
        runPixels.set(0);
        engines.forEach(Engine::clearExecutedSql);
    }

    @Override
    public int openInsights() {
        return insights.size();
    }

    @Override
    public int openTasks(String engineName) {
        int count = 0;
        for (Insight insight : insights.values()) {
            for (Task task : insight.tasks()) {
                if (task.engine().name().equals(engineName) || task.engine().id().equals(engineName)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public List<String> executedSql(String engineName) {
        Engine engine = engine(engineName);
        return engine == null ? List.of() : engine.executedSql();
    }

    @Override
    public int recipeSize(String insightId) {
        Insight insight = insights.get(insightId);
        return insight == null ? 0 : insight.recipeSize();
    }

    @Override
    public void expireAllSessions() {
        sessions.expireAll();
    }

    @Override
    public void latency(Duration delay) {
        this.latency = delay == null ? Duration.ZERO : delay;
    }

    @Override
    public void perPixelDelay(Duration delay) {
        synchronized (this) {
            this.costs = costs.withPixel(delay == null ? Duration.ZERO : delay);
        }
    }

    @Override
    public void costs(ServerCosts costs) {
        this.costs = costs == null ? ServerCosts.NONE : costs;
    }

    @Override
    public ServerCosts currentCosts() {
        return costs;
    }

    @Override
    public void dropNextConnections(int count) {
        dropBeforeExecution.set(Math.max(0, count));
    }

    @Override
    public void dropNextResponsesAfterExecution(int count) {
        dropAfterExecution.set(Math.max(0, count));
    }

    /** Ids of all stored insights (for tests). */
    List<String> insightIds() {
        return new ArrayList<>(insights.keySet());
    }
}
