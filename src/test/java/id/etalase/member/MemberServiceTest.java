package id.etalase.member;

import id.etalase.account.TestAccounts;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.i18n.Messages;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@TestTransaction
class MemberServiceTest {

    @Inject
    MemberService service;

    @Inject
    MemberRepository members;

    static MemberRegistration aRegistration(String businessName, String whatsapp) {
        return new MemberRegistration(businessName, "Siti Aminah", MemberScale.MIKRO, "kuliner", "18.71",
                "Jl. Pagar Alam No. 5, Kedaton", "Keripik pisang rumahan.", whatsapp, "@keripik.siti", null,
                "https://shopee.co.id/keripiksiti", null, "1234567890123", null, null, null);
    }

    @Test
    void registeringStoresThePhoneAsWhatsappDigitsAndWaitsForApproval() {
        Member member = service.register(aRegistration("Keripik Siti Uji", "0812-3456-7890"),
                TestAccounts.PASSWORD);
        Member stored = members.findById(member.id);
        assertEquals("6281234567890", stored.whatsapp);
        assertEquals(MemberStatus.PENDING, stored.status);
        assertEquals("keripik-siti-uji", stored.slug);
        assertEquals("Kedaton", stored.address.substring(stored.address.length() - 7));
    }

    @Test
    void theSameBusinessNameGetsADistinctSlug() {
        Member first = service.register(aRegistration("Kopi Uji Coba", "+62 812 1111 2222"),
                TestAccounts.PASSWORD);
        Member second = service.register(aRegistration("Kopi Uji Coba", "6281311112222"),
                TestAccounts.PASSWORD);
        assertEquals("kopi-uji-coba", first.slug);
        assertEquals("kopi-uji-coba-2", second.slug);
        assertEquals("6281311112222", second.whatsapp);
    }

    @Test
    void aLandlineIsRejectedWithAPlainMessageBesideTheField() {
        long before = members.count();
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.register(aRegistration("Warung Uji", "(0721) 781234"), TestAccounts.PASSWORD));
        assertEquals(List.of(FieldError.of("whatsapp", "member_whatsappInvalid")), error.errors());
        assertEquals("Nomor WhatsApp harus nomor HP Indonesia, misalnya 0812 3456 7890.",
                Messages.text("id", "member_whatsappInvalid", List.of()));
        assertEquals(before, members.count());
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        MemberRegistration broken = new MemberRegistration(" ", "Budi", MemberScale.KECIL, "perhiasan", "99.99",
                null, null, "halo", "bukan handle!", null, "https://evil.example/shop", null, "12AB", null, null,
                null);
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.register(broken, TestAccounts.PASSWORD));
        assertEquals(List.of("businessName", "district", "instagram", "nib", "sector", "shopeeUrl", "whatsapp"),
                error.fields());
    }
}
