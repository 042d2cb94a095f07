package id.etalase.common;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "081234567890, 6281234567890",
            "0812-3456-7890, 6281234567890",
            "0812 3456 7890, 6281234567890",
            "+62 812 3456 7890, 6281234567890",
            "+6281234567890, 6281234567890",
            "6281234567890, 6281234567890",
            "62 812-3456-7890, 6281234567890",
            "085712345678, 6285712345678",
            "(0878) 1234 5678, 6287812345678"
    })
    void indonesianMobilesBecomeWhatsappDigits(String written, String expected) {
        assertEquals(Optional.of(expected), PhoneNumbers.normaliseMobile(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0721 123456", // Bandar Lampung landline
            "(0721) 781234",
            "+62 21 5551234", // Jakarta landline
            "12345",
            "08123",
            "halo kak",
            "+1 415 555 2671", // not Indonesian
            "",
            "   "
    })
    void landlinesForeignNumbersAndGarbageAreRejected(String written) {
        assertEquals(Optional.empty(), PhoneNumbers.normaliseMobile(written));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0721 123456", "(0721) 4821234", "+62 21 5551234", "021-5551234" })
    void landlinesAreKnownAsLandlines(String written) {
        assertTrue(PhoneNumbers.isLandline(written));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0812 3456 7890", "6281234567890", "12345", "halo kak", "+1 415 555 2671", "" })
    void mobilesAndGarbageAreNoLandlines(String written) {
        assertFalse(PhoneNumbers.isLandline(written));
    }

    @ParameterizedTest
    @CsvSource({ "6281234567890, 0812-3456-7890", "628111234567, 0811-1234-567", "6285712345678, 0857-1234-5678",
            "not-a-number, not-a-number" })
    void whatsappDigitsAreShownAsIndonesiansWriteThem(String digits, String expected) {
        assertEquals(expected, PhoneNumbers.local(digits));
    }
}
