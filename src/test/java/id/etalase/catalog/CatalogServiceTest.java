package id.etalase.catalog;

import id.etalase.common.InvalidInputException;
import id.etalase.member.MemberRepository;
import id.etalase.member.MemberStatus;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Products are added the one way the application adds them: a member's listing through ListingService. */
@QuarkusTest
@TestTransaction
class CatalogServiceTest {

    @Inject
    ListingService listings;

    @Inject
    MemberRepository members;

    @Inject
    ProductRepository products;

    String slugOfDraft(String name, String price) {
        long member = members.find("status = ?1 order by id", MemberStatus.ACTIVE).firstResult().id;
        long id = listings.create(member, new ListingInput(name, null, price, "250 gr", "kuliner", null), false)
                .productId();
        return products.findById(id).slug;
    }

    @Test
    void productsWithTheSameNameGetDistinctReadableSlugs() {
        assertEquals("sambal-uji-rasa", slugOfDraft("Sambal Uji Rasa", "25000"));
        assertEquals("sambal-uji-rasa-2", slugOfDraft("Sambal  Uji Rasa!", "27000"));
        assertEquals("sambal-uji-rasa-3", slugOfDraft("sambal uji rasa", ""));
        assertEquals(3, products.count("slug like 'sambal-uji-rasa%'"));
    }

    @Test
    void aNegativePriceOrBlankNameIsRefusedAndNothingIsStored() {
        long before = products.count();
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> slugOfDraft(" ", "-5"));
        assertEquals(List.of("name", "price"), error.fields().stream().sorted().toList());
        assertEquals(before, products.count());
    }
}
