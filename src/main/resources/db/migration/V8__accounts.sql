-- Accounts: a member business's owner logs in with the WhatsApp number; admins have no member.
CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone                VARCHAR(20)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    role                 VARCHAR(10)  NOT NULL,
    member_id            BIGINT,
    created_at           DATETIME(6)  NOT NULL,
    password_changed_at  DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_phone UNIQUE (phone),
    CONSTRAINT uk_account_member UNIQUE (member_id),
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_account_role CHECK (role IN ('member', 'admin'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per account ('account:628…') and per client ('client:' and a keyed hash of the address).
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(80)  NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    first_failure_at  DATETIME(6)  NOT NULL,
    last_failure_at   DATETIME(6)  NOT NULL,
    blocked_until     DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time links to set a new password; only the SHA-256 of the token is kept.
CREATE TABLE password_reset (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    account_id  BIGINT       NOT NULL,
    issued_by   BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_password_reset_issuer FOREIGN KEY (issued_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
