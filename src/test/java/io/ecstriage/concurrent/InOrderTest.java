package io.ecstriage.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInJobOrderWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            jobs.add(() -> {
                Thread.sleep((20 - n) % 7); // later jobs often end first
                return n * n;
            });
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) expected.add(i * i);

        assertEquals(expected, InOrder.run(jobs, 3));
        assertEquals(expected, InOrder.run(jobs, 1));
    }

    @Test
    void twoThreadsRunTwoJobsAtOnce() {
        // each job waits until both have begun: on one thread this would time out
        CountDownLatch bothBegun = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Callable<Boolean> job = () -> {
            threads.add(Thread.currentThread().getName());
            bothBegun.countDown();
            return bothBegun.await(10, TimeUnit.SECONDS);
        };

        assertEquals(List.of(true, true), InOrder.run(List.of(job, job), 2));
        assertEquals(2, threads.size(), threads.toString());
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller works too: " + threads);
    }

    @Test
    void theFirstFailingJobByOrderIsRethrownAfterEveryJobHasEnded() {
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException first = new IllegalStateException("first");
        List<Callable<Integer>> jobs = List.of(
                () -> ran.incrementAndGet(),
                () -> {
                    ran.incrementAndGet();
                    throw first;
                },
                () -> {
                    ran.incrementAndGet();
                    throw new IllegalArgumentException("second");
                },
                () -> ran.incrementAndGet());

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InOrder.run(jobs, 2));

        assertSame(first, thrown);
        assertEquals(4, ran.get());
    }

    @Test
    void aSmallInputRunsOnOneThread() {
        assertEquals(1, InOrder.threadsFor(InOrder.SPLIT_FROM_ITEMS - 1));
        assertEquals(Runtime.getRuntime().availableProcessors(), InOrder.threadsFor(InOrder.SPLIT_FROM_ITEMS));
    }

    @Test
    void chunkedWorkGivesEveryItemsResultInItemOrderOnAnyNumberOfThreads() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 103; i++) items.add(i);
        for (int threads : new int[] {1, 2, 3}) {
            List<String> chunkSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Integer> squares = InOrder.chunked(items, threads, chunk -> {
                chunkSizes.add(String.valueOf(chunk.size()));
                List<Integer> out = new ArrayList<>();
                for (int i : chunk) out.add(i * i);
                return out;
            });
            for (int i = 0; i < items.size(); i++) assertEquals(i * i, squares.get(i), "item " + i + " on " + threads + " threads");
            assertEquals(items.size(), squares.size());
            assertEquals(threads == 1 ? 1 : threads * 4, chunkSizes.size(), "chunks on " + threads + " threads");
        }
        assertEquals(List.of(), InOrder.chunked(List.<Integer>of(), 2, chunk -> chunk));
    }

    @Test
    void chunksInTurnAreUsedInItemOrderOnThisThreadWhateverOrderTheyAreMadeIn() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 103; i++) items.add(i);
        for (int threads : new int[] {1, 2, 3}) {
            List<Integer> used = new ArrayList<>();
            Set<String> makers = ConcurrentHashMap.newKeySet();
            Thread caller = Thread.currentThread();
            InOrder.chunkedInTurn(items, threads, chunk -> {
                makers.add(Thread.currentThread().getName());
                if (!chunk.isEmpty() && chunk.get(0) % 3 == 0) sleep(5); // some chunks finish after later ones
                List<Integer> out = new ArrayList<>();
                for (int i : chunk) out.add(i * i);
                return out;
            }, results -> {
                assertSame(caller, Thread.currentThread(), "used on the calling thread");
                used.addAll(results);
            });
            for (int i = 0; i < items.size(); i++) assertEquals(i * i, used.get(i), "item " + i + " on " + threads + " threads");
            assertEquals(items.size(), used.size());
            assertTrue(threads == 1 || makers.size() > 1, "made on several threads: " + makers);
        }
    }

    @Test
    void aFailingChunkStopsTheUseAtItAndItsErrorIsRethrown() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 64; i++) items.add(i);
        IllegalArgumentException failure = new IllegalArgumentException("chunk with 20");
        List<Integer> used = new ArrayList<>();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> InOrder.chunkedInTurn(items, 2, chunk -> {
            if (chunk.contains(20)) throw failure;
            return chunk;
        }, used::addAll));
        assertSame(failure, thrown);
        assertEquals(items.subList(0, used.size()), used, "only the chunks before the failing one, in order");
        assertTrue(used.size() <= 20, "nothing of or after the failing chunk: " + used.size());

        IllegalStateException inUse = new IllegalStateException("use failed");
        assertSame(inUse, assertThrows(IllegalStateException.class, () -> InOrder.chunkedInTurn(items, 2, chunk -> chunk, results -> {
            throw inUse;
        })));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
