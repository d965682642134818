-- FacePay schema for the Orleans ADO.NET providers on PostgreSQL (15 or newer).
--
-- Files in deploy/sql/ are applied in name order, each in one transaction, by deploy/lib/postgres.sh and by
-- FacePay.Testing's PostgresServer. Every statement is idempotent: applying the files again to a database that
-- already holds data changes no data, only (re)defines functions and the provider query texts.
--
-- How the providers talk to this schema: each Orleans ADO.NET provider reads the rows of OrleansQuery at start
-- and runs those texts with named parameters (@DeploymentId, @GrainStateVersion, ...). The parameter names,
-- the result column names and the version (etag) rules are fixed by the providers; the tables behind the
-- queries are ours. Result columns are aliased with quoted names so that they match what the providers read.

DO $check$
BEGIN
    IF current_setting('server_version_num')::int < 150000 THEN
        RAISE EXCEPTION 'FacePay needs PostgreSQL 15 or newer (found %)', current_setting('server_version');
    END IF;
END
$check$;

-- Timestamps cross the wire as UTC; make the database's session default agree so that nothing depends on the
-- server's local time zone. (Takes effect for new sessions.)
DO $tz$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'UTC');
END
$tz$;

-- The providers run exactly: SELECT QueryKey, QueryText FROM OrleansQuery (unquoted, so lower-case names).
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT orleansquery_pk PRIMARY KEY (QueryKey)
);
