package id.etalase.member;

import id.etalase.common.LowercaseEnumConverter;
import jakarta.persistence.Converter;

public enum MemberStatus {
    PENDING, ACTIVE, SUSPENDED, REJECTED;

    @Converter(autoApply = true)
    public static class DbConverter extends LowercaseEnumConverter<MemberStatus> {
        public DbConverter() {
            super(MemberStatus.class);
        }
    }
}
