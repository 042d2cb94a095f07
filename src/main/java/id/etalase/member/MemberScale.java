package id.etalase.member;

import id.etalase.common.LowercaseEnumConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Optional;

/** Business scale as the member declares it (PP 7/2021): mikro, kecil or menengah. */
public enum MemberScale {
    MIKRO, KECIL, MENENGAH;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MemberScale> fromSlug(String slug) {
        for (MemberScale scale : values()) {
            if (scale.slug().equals(slug)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }

    @Converter(autoApply = true)
    public static class DbConverter extends LowercaseEnumConverter<MemberScale> {
        public DbConverter() {
            super(MemberScale.class);
        }
    }
}
