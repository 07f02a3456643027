package org.semossjdbc.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server-side workspace: variables, tasks, the pixelId counter (the recipe size) and the task-id counter.
 * There is no insight-level lock on the real server (147, 148); counters are atomic and maps concurrent here.
 */
final class Insight {

    private final String id;
    private final boolean temporary;
    private final Map<String, Object> variables = new ConcurrentHashMap<>();
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final List<String> recipe = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger taskCounter = new AtomicInteger();
    private volatile boolean dropped;

    Insight(String id, boolean temporary) {
        this.id = id;
        this.temporary = temporary;
    }

    String id() {
        return id;
    }

    boolean temporary() {
        return temporary;
    }

    Map<String, Object> variables() {
        return variables;
    }

    /** The next pixelId: the statement's index in the recipe (META and failed statements never enter it). */
    String currentPixelId() {
        return Integer.toString(recipe.size());
    }

    /** Appends a successful non-META statement; returns its pixelId. */
    String addToRecipe(String expression) {
        synchronized (recipe) {
            recipe.add(expression);
            return Integer.toString(recipe.size() - 1);
        }
    }

    int recipeSize() {
        return recipe.size();
    }

    Task newTask(Engine engine, String sql) {
        Task task = new Task("task" + taskCounter.incrementAndGet(), engine, sql);
        tasks.put(task.id(), task);
        return task;
    }

    Task task(String taskId) {
        return tasks.get(taskId);
    }

    /** Removes and closes a task; false when the insight holds no task of that id. */
    boolean removeTask(String taskId) {
        Task task = tasks.remove(taskId);
        if (task != null) {
            task.close();
        }
        return task != null;
    }

    Iterable<Task> tasks() {
        return tasks.values();
    }

    boolean dropped() {
        return dropped;
    }

    /** Closes every task; the insight is unusable afterwards. */
    void drop() {
        dropped = true;
        for (String taskId : List.copyOf(tasks.keySet())) {
            removeTask(taskId);
        }
    }
}
