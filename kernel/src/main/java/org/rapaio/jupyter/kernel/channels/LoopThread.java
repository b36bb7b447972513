package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A thread that runs a loop body again and again, with a pause between runs, until it is shut down
 * or interrupted.
 *
 * <p>This class replaces the class of the same name in rapaio-jupyter-kernel 3.0.1. It exists
 * because of two start-up races in that version, both of which can leave a kernel that never
 * answers {@code kernel_info_request} (seen as about one start in five to ten):
 *
 * <ol>
 *   <li>Its {@code start()} starts the thread first and only then marks the loop as running. When
 *       the new thread gets to its loop test before the starting thread sets the mark, it sees "not
 *       running" and ends at once. Here the loop is marked as running before the thread starts.
 *   <li>{@code Channels.connect()} starts the shell and control loops before it creates the table
 *       of message handlers. A request that arrives in that gap makes the loop body throw a
 *       NullPointerException, and in 3.0.1 an exception ends the loop for good. Here the loop logs
 *       the exception and goes on; the request is lost, but Jupyter's clients send {@code
 *       kernel_info_request} again every second until one is answered, and by then the table
 *       exists.
 * </ol>
 *
 * <p>Everything else behaves as in 3.0.1: same constructor, same methods, and an interrupt during
 * the pause ends the loop. rapaio shuts a loop down before it closes the loop's socket, so a body
 * does not throw in a healthy shutdown; one that keeps throwing is logged at every turn, with the
 * loop's pause between turns.
 *
 * <p>The class is compiled against the 3.0.1 jar and put ahead of it on the kernel's classpath, so
 * that the JVM loads this one. Check both races again before moving to another rapaio version.
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getName());

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
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, getName() + ": a turn of the loop failed; it goes on", e);
            }
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
