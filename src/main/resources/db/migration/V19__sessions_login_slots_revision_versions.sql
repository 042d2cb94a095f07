-- A session cookie names the account's session generation: raising it ends every session of the account
-- (password changed or reset, member suspended, "log out on all devices").
ALTER TABLE account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

-- Sessions logged out before their cookie expired; kept until the cookie could no longer be used anyway.
CREATE TABLE ended_session (
    session_id  CHAR(22)     NOT NULL PRIMARY KEY,
    ends_at     DATETIME(6)  NOT NULL,
    KEY ix_ended_session_ends_at (ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Login tries within a window: 'pair:' (one account from one client: a hard limit, counted before the password is
-- checked), 'account:' and 'client:' (failures only: they slow the answers down, they never refuse).
DROP TABLE login_throttle;
CREATE TABLE login_throttle (
    throttle_key       VARCHAR(80)  NOT NULL PRIMARY KEY,
    tries              INT          NOT NULL,
    window_started_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A waiting edit is approved only as the admin saw it: each change of it raises its version.
ALTER TABLE product_revision ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
