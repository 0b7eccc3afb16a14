package org.rollcall.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements one thread sends to PostgreSQL while it does some work, from the driver's own trace: pgjdbc
 * logs every Execute (and every simple query, such as BEGIN) at FINEST. Other threads' statements are not counted,
 * so the application's background work does not disturb the figure.
 */
public final class SentStatements {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private SentStatements() {
    }

    public static int during(Runnable work) {
        long thread = Thread.currentThread().threadId();
        AtomicInteger count = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getLongThreadID() == thread && message != null
                        && (message.contains("FE=> Execute") || message.contains("FE=> SimpleQuery"))) {
                    count.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = DRIVER.getLevel();
        DRIVER.addHandler(counter);
        DRIVER.setLevel(Level.FINEST);
        try {
            work.run();
        } finally {
            DRIVER.setLevel(before);
            DRIVER.removeHandler(counter);
        }
        return count.get();
    }
}
