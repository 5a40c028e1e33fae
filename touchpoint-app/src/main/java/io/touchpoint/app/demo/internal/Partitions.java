package io.touchpoint.app.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs work split by guest number (guest % parts) on a few threads. Partitions share no guests, hence no
 * identifiers and no profiles, so they never wait on each other's locks.
 */
public final class Partitions {

    private Partitions() {
    }

    /** One per core, at most four: the database does most of the work and runs on the same machine. */
    public static int count() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public static <T> List<T> run(int parts, IntFunction<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
            Thread t = new Thread(r, "demo-load");
            // A stopped app must not wait for them; an interrupted load resumes on the next start.
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                futures.add(pool.submit(() -> work.apply(part)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo load interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }
}
