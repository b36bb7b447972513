package org.rapaio.jupyter.kernel.channels;

/**
 * A thread that runs a loop body again and again, with a pause between runs, until it is shut down
 * or interrupted.
 *
 * <p>This class replaces the class of the same name in rapaio-jupyter-kernel 3.0.1. It exists
 * because of a start-up race in that version: its {@code start()} starts the thread first and only
 * then marks the loop as running. When the new thread gets to its loop test before the starting
 * thread sets the mark, it sees "not running" and ends at once. The shell, control and heartbeat
 * channels each run on such a thread, so the kernel may then never answer on one of them. On a
 * 2-core machine about one start in four lost a loop, and one in ten lost the shell loop, so that
 * the kernel never answered {@code kernel_info_request}.
 *
 * <p>Here the loop is marked as running before the thread starts, so a started loop always runs.
 * Everything else behaves as in 3.0.1: same constructor, same methods, an exception thrown by the
 * body ends the thread, and an interrupt during the pause ends the loop.
 *
 * <p>The class is compiled against the 3.0.1 jar and put ahead of it on the kernel's classpath, so
 * that the JVM loads this one. Check it again before moving to another rapaio version.
 */
public final class LoopThread extends Thread {

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * @param name the thread's name
     * @param sleep the pause between two runs of the body, in milliseconds
     * @param loopBody the work done on each turn of the loop
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            loopBody.run();
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    /**
     * Marks the loop as running, then starts the thread: this order is the fix. A second call fails
     * as {@link Thread#start()} does, and leaves the mark alone.
     */
    @Override
    public synchronized void start() {
        if (getState() == State.NEW) {
            running = true;
        }
        super.start();
    }

    /** Asks the loop to stop after the turn it is in. */
    public void shutdown() {
        running = false;
    }
}
