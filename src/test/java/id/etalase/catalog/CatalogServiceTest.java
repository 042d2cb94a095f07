package id.etalase.catalog;

import id.etalase.member.MemberRepository;
import id.etalase.reference.SectorRepository;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@TestTransaction
class CatalogServiceTest {

    @Inject
    CatalogService catalog;

    @Inject
    MemberRepository members;

    @Inject
    SectorRepository sectors;

    @Inject
    ProductRepository products;

    Product aDraft(String name, Long price) {
        Product product = new Product();
        product.member = members.find("status", id.etalase.member.MemberStatus.ACTIVE).firstResult();
        product.sector = sectors.findBySlug("kuliner").orElseThrow();
        product.name = name;
        product.price = price;
        product.unit = "250 gr";
        product.status = ProductStatus.DRAFT;
        return product;
    }

    @Test
    void productsWithTheSameNameGetDistinctReadableSlugs() {
        assertEquals("sambal-uji-rasa", catalog.addProduct(aDraft("Sambal Uji Rasa", 25000L)).slug);
        assertEquals("sambal-uji-rasa-2", catalog.addProduct(aDraft("Sambal  Uji Rasa!", 27000L)).slug);
        assertEquals("sambal-uji-rasa-3", catalog.addProduct(aDraft("sambal uji rasa", null)).slug);
        assertEquals(3, products.count("slug like 'sambal-uji-rasa%'"));
    }

    @Test
    void aNegativePriceOrBlankNameIsRefusedAndNothingIsStored() {
        long before = products.count();
        ConstraintViolationException error = assertThrows(ConstraintViolationException.class,
                () -> catalog.addProduct(aDraft(" ", -5L)));
        assertEquals(2, error.getConstraintViolations().size());
        assertEquals(before, products.count());
    }
}
