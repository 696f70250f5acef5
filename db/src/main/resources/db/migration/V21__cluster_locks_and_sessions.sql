-- Several instances on one database (issue 24, docs/deployment.md).
--
-- ShedLock's table: a @Scheduled job runs only on the instance that inserts or moves forward its row, and holds
-- it until lock_until (the job's lockAtMostFor when the instance dies mid-run). ShedLock's JdbcTemplate
-- provider writes it with the database's clock (usingDbTime), so the instances' clocks need not agree.
-- Columns as ShedLock's README gives them for PostgreSQL; the name is the job's @SchedulerLock name.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);

-- Spring Session JDBC's tables, so a sign-in made on one instance is honoured by every other (and survives the
-- loss of the one that made it). Copied from org/springframework/session/jdbc/schema-postgresql.sql in
-- spring-session-jdbc 4.1.0; H2 in PostgreSQL mode takes it unchanged (its own schema-h2.sql differs only in
-- LONGVARBINARY for BYTEA, the same 1 MB binary type). spring.session.jdbc.initialize-schema=never: Flyway owns
-- these tables as it owns the others.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID CHAR(36) NOT NULL,
    SESSION_ID CHAR(36) NOT NULL,
    CREATION_TIME BIGINT NOT NULL,
    LAST_ACCESS_TIME BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME BIGINT NOT NULL,
    PRINCIPAL_NAME VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES BYTEA NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- A usage upload's ticket, so that any instance answers where an upload stands (waiting for the import worker of
-- the instance that took it, or its import run), not only that instance. source is the stored copy's path on
-- that instance, which its import run records as its source once it starts; done once the worker is through.
CREATE TABLE upload_ticket (
    ticket     CHAR(36)      NOT NULL,
    source     VARCHAR(1000) NOT NULL,
    file_name  VARCHAR(300)  NOT NULL,
    format     VARCHAR(40)   NOT NULL,
    queued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    done       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT upload_ticket_pk PRIMARY KEY (ticket)
);
CREATE INDEX upload_ticket_waiting_ix ON upload_ticket (done, queued_at);
