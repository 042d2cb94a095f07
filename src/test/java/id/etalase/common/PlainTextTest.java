package id.etalase.common;

import id.etalase.catalog.Product;
import id.etalase.member.Member;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One rule for every stored text field: the entities carry it, and each offending field is named. */
class PlainTextTest {

    /** Written by the portal from values other entities already checked, never from a request. */
    static final Set<String> EXEMPT = Set.of("AuditEntry.java");

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void eachFieldWithAControlCharacterIsNamed() {
        Member member = new Member();
        member.ownerName = "Owner\u0001";
        member.businessName = "Toko\nDua Baris";
        member.description = "Baris satu\r\nbaris dua\tdengan tab";
        member.address = "Jl. Bebas";
        assertEquals(List.of("businessName", "ownerName"), fields(VALIDATOR.validate(member), "{etalase.text.oneLine}"));
        member.description = "Baris \u0000";
        assertEquals(List.of("description"), fields(VALIDATOR.validate(member), "{etalase.text.control}"));
    }

    @Test
    void aProductsNameAndUnitAreOneLineWithoutLinks() {
        Product product = new Product();
        product.name = "Kopi Lampung\n\nPembayaran resmi: https://bayar.example";
        product.unit = "bungkus wa.me/62812";
        product.description = "Seduh manual.\nLihat https://kopi.example/cara";
        assertEquals(List.of("name"), fields(VALIDATOR.validate(product), "{etalase.text.oneLine}"));
        assertEquals(List.of("name", "unit"), fields(VALIDATOR.validate(product), "{etalase.text.link}"));
    }

    @Test
    void everyEntityThatStoresTextCarriesTheRule() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/etalase"))) {
            List<String> missing = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String source = read(f);
                return source.contains("\n@Entity") && source.contains("public String ")
                        && !source.contains("\n@PlainText") && !EXEMPT.contains(f.getFileName().toString());
            }).map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of(), missing, "put @PlainText on the entity (and @PlainText.MultiLine on its"
                    + " multi-line fields)");
        }
    }

    private static List<String> fields(Set<? extends ConstraintViolation<?>> violations, String template) {
        return violations.stream().filter(v -> v.getMessageTemplate().equals(template))
                .map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
