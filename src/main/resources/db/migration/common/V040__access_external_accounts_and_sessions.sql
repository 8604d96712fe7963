-- Sign-in through an identity provider (OIDC): an account made on first sign-in is known by the
-- provider's issuer and subject, never by its user name alone, and has no password of its own.
ALTER TABLE account ADD COLUMN external_issuer VARCHAR(500);
ALTER TABLE account ADD COLUMN external_subject VARCHAR(255);
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
CREATE UNIQUE INDEX account_external_identity ON account (external_issuer, external_subject);

-- Sign out everywhere: a session begun before this moment ends on its next request.
ALTER TABLE account ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE;
