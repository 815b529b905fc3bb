-- The account's logo, shown in the top bar and on the sign-in page. One row at most per account;
-- the bytes are small (the service allows 256 KiB). Runs on Derby (BLOB) and PostgreSQL (BYTEA).

CREATE TABLE ACCOUNT_LOGO (
    ACCOUNT_ID BIGINT NOT NULL,
    CONTENT_TYPE VARCHAR(40) NOT NULL,
    CONTENT ${binary} NOT NULL,
    VERSION BIGINT NOT NULL,
    CONSTRAINT PK_ACCOUNT_LOGO PRIMARY KEY (ACCOUNT_ID),
    CONSTRAINT FK_ACCOUNT_LOGO_ACCOUNT FOREIGN KEY (ACCOUNT_ID) REFERENCES ACCOUNT (ID)
);
