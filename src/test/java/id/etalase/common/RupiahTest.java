package id.etalase.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Prices as sellers type them, and what is not a price. */
class RupiahTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "25000|25000", "25.000|25000", "Rp 25.000|25000", "Rp25.000|25000", "rp. 25.000|25000", "25.000,00|25000",
        "25rb|25000", "25 rb|25000", "25RB|25000", "25 ribu|25000", "25k|25000", "25K|25000", "Rp 25rb|25000",
        "2,5rb|2500", "1,5jt|1500000", "1.5 juta|1500000", "2jt|2000000", "1,25jt|1250000", "1.250.000|1250000"})
    void readsWhatSellersType(String typed, long rupiah) {
        assertEquals(rupiah, Rupiah.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dua puluh ribu", "25.00", "1,2345jt", "2,5555rb", "25 rb rb", "-25000", "25$", "25,5rb0",
        "rb", "1.5k5"})
    void refusesWhatIsNotAWholeRupiahPrice(String typed) {
        assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsAPriceToAgreeInTheChat(String typed) {
        assertEquals(null, Rupiah.parse(typed));
    }
}
