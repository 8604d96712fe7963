-- The language a person reads Pejling in ('da' or 'en'); null means the installation's default, Danish.
ALTER TABLE account ADD COLUMN language VARCHAR(10);
