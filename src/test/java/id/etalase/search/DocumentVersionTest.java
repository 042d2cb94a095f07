package id.etalase.search;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentVersionTest {

    @Test
    void aChangeToTheProductOrItsMemberAlwaysGivesAHigherVersion() {
        long[][] states = { { 0, 0 }, { 0, 1 }, { 0, 7 }, { 1, 0 }, { 1, 7 }, { 2, 3 }, { 40, 2_000_000_000 },
                { 41, 0 } };
        for (int i = 1; i < states.length; i++) {
            long before = DocumentVersion.of(states[i - 1][0], states[i - 1][1]);
            long after = DocumentVersion.of(states[i][0], states[i][1]);
            assertTrue(after > before, states[i][0] + "/" + states[i][1]);
        }
    }

    @Test
    void versionsOutOfRangeAreRefusedRatherThanWrapped() {
        assertThrows(IllegalArgumentException.class, () -> DocumentVersion.of(0, 1L << 31));
        assertThrows(IllegalArgumentException.class, () -> DocumentVersion.of(1L << 32, 0));
        assertThrows(IllegalArgumentException.class, () -> DocumentVersion.of(-1, 0));
    }
}
