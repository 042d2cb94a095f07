-- An admin may reject a registration with a reason the member sees; the member fixes it and submits again.
ALTER TABLE member DROP CONSTRAINT ck_member_status;
ALTER TABLE member ADD CONSTRAINT ck_member_status CHECK (status IN ('pending', 'active', 'suspended', 'rejected'));
ALTER TABLE member ADD COLUMN review_note VARCHAR(500);
-- When the member last asked for a review: the approval queue is oldest first by this.
ALTER TABLE member ADD COLUMN submitted_at DATETIME(6);
UPDATE member SET submitted_at = created_at WHERE status = 'pending';

-- Every admin action: who, what, on which subject, the state before and after.
CREATE TABLE audit_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_id      BIGINT        NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    subject_type  VARCHAR(20)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    subject_name  VARCHAR(200)  NOT NULL,
    before_state  VARCHAR(2000),
    after_state   VARCHAR(2000),
    note          VARCHAR(500),
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    INDEX ix_audit_created (created_at),
    INDEX ix_audit_subject (subject_type, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
