package id.etalase.catalog;

import id.etalase.common.LowercaseEnumConverter;
import jakarta.persistence.Converter;

public enum ProductStatus {
    DRAFT, PENDING, PUBLISHED, ARCHIVED, REJECTED;

    @Converter(autoApply = true)
    public static class DbConverter extends LowercaseEnumConverter<ProductStatus> {
        public DbConverter() {
            super(ProductStatus.class);
        }
    }
}
