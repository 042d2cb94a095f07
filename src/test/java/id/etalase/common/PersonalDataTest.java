package id.etalase.common;

import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6281234567890|62812****890",
            "081234567890|0812****890",
            "0812-3456-7890|0812****890",
            "+62 812 3456 7890|62812****890",
            "12345|****"
    })
    void aMaskedNumberKeepsTheOperatorAndTheLastThreeDigits(String phone, String masked) {
        assertEquals(masked, PhoneNumbers.masked(phone));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Login failed for 6281234567890|Login failed for 62812****890",
            "nomor 0812-3456-7890, lagi 085712345678.|nomor 0812****890, lagi 0857****678.",
            "wa: +62 812 3456 7890|wa: 62812****890",
            "Duplicate entry '6287812345678' for key 'phone'|Duplicate entry '62878****678' for key 'phone'",
            "client 203.0.113.9 from 10.0.0.12:443|client [ip] from [ip]:443",
            "peer 2001:db8:85a3::8a2e:370:7334 and fe80::1|peer [ip] and [ip]",
            "peer 2001:0db8:0000:0000:0000:ff00:0042:8329 gone|peer [ip] gone",
            "::ffff:198.51.100.7|::ffff:[ip]"
    })
    void phoneNumbersAndAddressesAreMasked(String text, String masked) {
        assertEquals(masked, PersonalData.masked(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Reindex: 1200 / 35000 products in 812 ms",
            "Listening on: http://0.0.0.0:8080 and 127.0.0.1:8081, ::1",
            "Quarkus 3.33.2 started in 4.012s at 01:23:46",
            "product 12345678901 of member 6281",
            "Search document for product 80812345 not written",
            "request 3f2a9c1e-0812-4b6e-9a0b-081234567890",
            "id.etalase.search.SearchService::search"
    })
    void ordinaryLinesAreLeftAlone(String text) {
        assertEquals(text, PersonalData.masked(text));
    }

    @Test
    void theLogFilterMasksTheFormattedMessageAndTheExceptionChain() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Account %s from %s not saved",
                ExtLogRecord.FormatStyle.PRINTF, PersonalDataTest.class.getName());
        record.setParameters(new Object[] {"6281234567890", "203.0.113.9"});
        IllegalStateException cause = new IllegalStateException("Duplicate entry '081234567890'");
        record.setThrown(new RuntimeException("save failed", cause));

        new PersonalDataLogFilter().isLoggable(record);

        assertEquals("Account 62812****890 from [ip] not saved", record.getFormattedMessage());
        assertNull(record.getParameters());
        assertEquals("java.lang.RuntimeException: save failed", record.getThrown().toString());
        assertEquals("java.lang.IllegalStateException: Duplicate entry '0812****890'",
                record.getThrown().getCause().toString());
        assertEquals(cause.getStackTrace().length, record.getThrown().getCause().getStackTrace().length);
    }

    @Test
    void aLineWithoutPersonalDataIsUntouched() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Reindex: %d products", ExtLogRecord.FormatStyle.PRINTF,
                PersonalDataTest.class.getName());
        record.setParameters(new Object[] {42});
        RuntimeException thrown = new RuntimeException("timeout");
        record.setThrown(thrown);
        new PersonalDataLogFilter().isLoggable(record);
        assertEquals("Reindex: 42 products", record.getFormattedMessage());
        assertEquals(thrown, record.getThrown());
        assertFalse(PersonalData.mentionedIn(null));
    }
}
