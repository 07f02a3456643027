package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.RemoteDatabaseEngine;
import org.semossjdbc.protocol.TaskRef;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ensures a server task is removed exactly once: when its result set is read to the end, closed, or becomes
 * unreachable without being closed (the {@link Cleaner} runs this then). It must not refer to the result set, or the
 * result set would never become unreachable. Removal only queues {@code RemoveTask} for the connection's next request.
 */
final class TaskLease implements Runnable {
    static final Cleaner CLEANER = Cleaner.create(runnable -> {
        Thread thread = new Thread(runnable, "semoss-jdbc-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private final RemoteDatabaseEngine engine;
    private final TaskRef task;
    private final AtomicBoolean released = new AtomicBoolean();

    TaskLease(RemoteDatabaseEngine engine, TaskRef task) {
        this.engine = engine;
        this.task = task;
    }

    TaskRef task() {
        return task;
    }

    @Override
    public void run() {
        if (released.compareAndSet(false, true)) {
            engine.release(task);
        }
    }
}
