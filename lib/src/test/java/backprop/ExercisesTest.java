package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checked exercises: for each, the right answer is right, every classic mistake is wrong with a
 * message that names it, and a blank ({@code null}) answer is not attempted, never an exception.
 */
class ExercisesTest {

    static void assertRight(Verdict v) {
        assertEquals(Verdict.Status.RIGHT, v.status(), v.message());
        assertTrue(v.isRight());
        assertTrue(v.message().startsWith("Right: "), v.message());
    }

    /** Wrong, and the message holds every one of the hints. */
    static void assertWrong(Verdict v, String... hints) {
        assertEquals(Verdict.Status.WRONG, v.status(), v.message());
        assertFalse(v.isRight());
        assertTrue(v.message().startsWith("Not quite: "), v.message());
        for (String hint : hints) {
            assertTrue(
                    v.message().contains(hint),
                    () -> "expected \"" + hint + "\" in the message: " + v.message());
        }
    }

    static void assertNotAttempted(Verdict v) {
        assertEquals(Verdict.Status.NOT_ATTEMPTED, v.status());
        assertEquals("Not attempted yet: replace null with your answer.", v.message());
    }

    @Nested
    class Verdicts {

        @Test
        void theNotebookShowsTheMessage() {
            Verdict v = Verdict.wrong("your db2 is 2 times too large.");
            assertEquals("Not quite: your db2 is 2 times too large.", v.toString());
            assertEquals(Verdict.Status.WRONG, v.status());
        }

        @Test
        void rightAndNotAttemptedSayWhatTheyAre() {
            assertEquals("Right: yes.", Verdict.right("yes.").toString());
            assertNotAttempted(Verdict.notAttempted());
        }

        @Test
        void refusesAMissingStatusOrMessage() {
            assertThrows(NullPointerException.class, () -> new Verdict(null, "x"));
            assertThrows(NullPointerException.class, () -> new Verdict(Verdict.Status.RIGHT, null));
        }
    }
}
