package org.rapaio.jupyter.kernel.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoopThreadTest {

    private static final long WAIT_SECONDS = 10;

    @Test
    void replacementIsLoadedAheadOfTheKernelJar() {
        String from =
                LoopThread.class.getProtectionDomain().getCodeSource().getLocation().toString();

        assertFalse(from.endsWith(".jar"), "LoopThread was loaded from " + from);
    }

    @Test
    void noStartedLoopEndsBeforeItsFirstTurn() throws InterruptedException {
        // With rapaio 3.0.1's class, about 1 start in 13 ended here on a 2-core machine.
        for (int i = 0; i < 2000; i++) {
            CountDownLatch firstTurn = new CountDownLatch(1);
            LoopThread loop = new LoopThread("loop-" + i, 1, firstTurn::countDown);

            loop.start();
            while (firstTurn.getCount() > 0 && loop.isAlive()) {
                firstTurn.await(1, TimeUnit.MILLISECONDS);
            }
            loop.shutdown();
            loop.join();

            assertEquals(0, firstTurn.getCount(), "start " + i + " ended before its first turn");
        }
    }

    @Test
    void shutdownEndsTheLoopAfterItsTurn() throws InterruptedException {
        AtomicInteger turns = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(3);
        LoopThread loop =
                new LoopThread(
                        "loop",
                        1,
                        () -> {
                            turns.incrementAndGet();
                            running.countDown();
                        });

        loop.start();
        assertTrue(running.await(WAIT_SECONDS, TimeUnit.SECONDS));
        loop.shutdown();
        loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertFalse(loop.isAlive());
        assertTrue(turns.get() >= 3);
    }

    @Test
    void interruptDuringThePauseEndsTheLoop() throws InterruptedException {
        CountDownLatch firstTurn = new CountDownLatch(1);
        LoopThread loop = new LoopThread("loop", TimeUnit.HOURS.toMillis(1), firstTurn::countDown);

        loop.start();
        assertTrue(firstTurn.await(WAIT_SECONDS, TimeUnit.SECONDS));
        loop.interrupt();
        loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertFalse(loop.isAlive());
    }

    @Test
    void aTurnThatThrowsDoesNotEndTheLoop() throws InterruptedException {
        // as when a request arrives before rapaio has created its handlers: the first turns fail
        AtomicInteger turns = new AtomicInteger();
        CountDownLatch laterTurns = new CountDownLatch(3);
        LoopThread loop =
                new LoopThread(
                        "throws-first",
                        1,
                        () -> {
                            if (turns.incrementAndGet() <= 2) {
                                throw new NullPointerException("handlers is null");
                            }
                            laterTurns.countDown();
                        });
        loop.start();
        assertTrue(laterTurns.await(10, TimeUnit.SECONDS), "the loop stopped after a failure");
        loop.shutdown();
        loop.join(10_000);
        assertFalse(loop.isAlive());
    }

    @Test
    void secondStartIsRefusedAsForAnyThread() throws InterruptedException {
        LoopThread loop = new LoopThread("loop", 1, () -> {});
        loop.start();
        loop.shutdown();
        loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertThrows(IllegalThreadStateException.class, loop::start);
    }
}
