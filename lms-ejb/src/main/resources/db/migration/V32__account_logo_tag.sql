-- The current logo's tag on the account row, which every page reads from the cache anyway: pages
-- link the logo without reading its bytes or asking the database whether there is one.
ALTER TABLE ACCOUNT ADD COLUMN LOGO_TAG VARCHAR(40);
