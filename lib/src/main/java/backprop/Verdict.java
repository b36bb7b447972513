package backprop;

import java.util.Objects;

/**
 * What a checked exercise says about a learner's answer: right, wrong, or not attempted yet, and
 * one short sentence why.
 *
 * <p>A notebook cell that ends in a call to {@link Exercises} shows the sentence, since {@link
 * #toString()} is the message: {@code "Right: db2 is the column sums of dz2 divided by m."} or
 * {@code "Not quite: your db2 is 2 times too large. Did you forget to divide by m = 2?"}.
 *
 * @param status right, wrong, or not attempted
 * @param message the sentence the notebook shows, starting with "Right:", "Not quite:" or "Not
 *     attempted yet:"
 */
public record Verdict(Status status, String message) {

    /** The three things a check can say. */
    public enum Status {
        /** The answer is still {@code null}: the learner has not filled in the cell. */
        NOT_ATTEMPTED,
        /** The answer agrees with the value the library computes. */
        RIGHT,
        /** The answer does not agree; the message names the likely mistake where it can. */
        WRONG
    }

    /**
     * A verdict with this status and message.
     *
     * @throws NullPointerException if either is null
     */
    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** The verdict for an answer still left as {@code null}. */
    static Verdict notAttempted() {
        return new Verdict(
                Status.NOT_ATTEMPTED, "Not attempted yet: replace null with your answer.");
    }

    /** A right answer, with a sentence saying what makes it right. */
    static Verdict right(String why) {
        return new Verdict(Status.RIGHT, "Right: " + why);
    }

    /** A wrong answer, with a sentence naming the likely mistake. */
    static Verdict wrong(String hint) {
        return new Verdict(Status.WRONG, "Not quite: " + hint);
    }

    /** True when the answer is right. */
    public boolean isRight() {
        return status == Status.RIGHT;
    }

    /** The message, as the notebook shows it. */
    @Override
    public String toString() {
        return message;
    }
}
