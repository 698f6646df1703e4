package org.eregistrations.web.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the application sends while it is open, as the PostgreSQL driver executes them (its own
 * trace of each execution; a batch is one), on the server's request threads only: not the test's own requests, nor
 * the activation listener or the folder watch.
 */
public final class SqlStatements extends Handler implements AutoCloseable {
    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final Level level;
    private final List<String> executed = new ArrayList<>();

    private SqlStatements() {
        level = DRIVER.getLevel();
        setLevel(Level.ALL);
        DRIVER.setLevel(Level.FINEST);
        DRIVER.setUseParentHandlers(false); // the trace is counted, not logged
        DRIVER.addHandler(this);
    }

    /** Starts counting. */
    public static SqlStatements count() {
        return new SqlStatements();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!Thread.currentThread().getName().startsWith("executor-thread")) {
            return;
        }
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        if (message.startsWith("  simple execute") || message.startsWith("  batch execute")) {
            executed.add(message.strip().split(",")[0]);
        } else if (message.contains("FE=> Parse(") && !executed.isEmpty()) {
            // the query of the execution just counted (a statement the server has prepared before sends none)
            int last = executed.size() - 1;
            executed.set(last, executed.get(last) + ": " + message.substring(message.indexOf("query=")));
        }
    }

    /** How many statements (or batches) were executed so far. */
    public synchronized int executed() {
        return executed.size();
    }

    /** The executions so far, each with its query where the driver sent it, for a failure message. */
    public synchronized List<String> list() {
        return List.copyOf(executed);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        DRIVER.removeHandler(this);
        DRIVER.setLevel(level);
        DRIVER.setUseParentHandlers(true);
    }
}
