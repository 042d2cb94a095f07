package id.etalase.moderation;

import id.etalase.common.LowercaseEnumConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a shopper reports a product; stored and sent as the lower-case name (wrong_info, …). */
public enum ReportReason {
    WRONG_INFO, PROHIBITED, FRAUD, SPAM, OTHER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportReason> of(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug().equals(slug)).findFirst();
    }

    @Converter(autoApply = true)
    public static class DbConverter extends LowercaseEnumConverter<ReportReason> {
        public DbConverter() {
            super(ReportReason.class);
        }
    }
}
