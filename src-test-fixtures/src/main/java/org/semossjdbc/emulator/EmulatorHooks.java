package org.semossjdbc.emulator;

import java.time.Duration;
import java.util.List;

/**
 * Test hooks of a running {@link SemossEmulator}: counters of what clients did, and switches that inject faults.
 * Thread-safe.
 *
 * <pre>{@code
 * semoss.hooks().dropNextResponsesAfterExecution(1);  // the next runPixel runs, then its socket is closed
 * semoss.hooks().expireAllSessions();                  // every cookie now gets the 302; insights are dropped
 * List<String> sql = semoss.hooks().executedSql("demo");
 * }</pre>
 */
public interface EmulatorHooks {

    /** HTTP requests received on any endpoint since start or the last {@link #resetCounters()}. */
    long requestCount();

    /** {@code POST /engine/runPixel} requests received. */
    long runPixelCount();

    /** Clears the request counters and the executed-SQL log. */
    void resetCounters();

    /** Stored insights currently open (all sessions). */
    int openInsights();

    /** Tasks (open result cursors) currently held in any insight for this engine. */
    int openTasks(String engineName);

    /** Every SQL string the engine ran (read and write path), in order, since the last reset. */
    List<String> executedSql(String engineName);

    /** The recipe size (stored, non-META pixels) of one insight; 0 for an unknown id. */
    int recipeSize(String insightId);

    /** Ends every HTTP session now, as an idle timeout would (insights tied to them are dropped). */
    void expireAllSessions();

    /** Delay added before every HTTP response is written. */
    void latency(Duration delay);

    /** Server time per database pixel (real server: about 6 ms); the other costs stay as they are. */
    void perPixelDelay(Duration delay);

    /** Replaces every cost the emulator charges ({@link ServerCosts#NONE} for none). */
    void costs(ServerCosts costs);

    /** The costs charged now. */
    ServerCosts currentCosts();

    /** The next {@code count} requests are read, then their connection is closed without a response. */
    void dropNextConnections(int count);

    /**
     * The next {@code count} runPixel requests are executed, then their connection is closed without a response
     * (the write happened; the client cannot know).
     */
    void dropNextResponsesAfterExecution(int count);
}
