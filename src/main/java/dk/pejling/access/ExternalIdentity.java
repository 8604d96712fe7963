package dk.pejling.access;

/** A person as the identity provider knows them: who issued the identity, its subject, and names. */
record ExternalIdentity(String issuer, String subject, String preferredUsername, String displayName) {}
