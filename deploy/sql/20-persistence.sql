-- Orleans grain state (Microsoft.Orleans.Persistence.AdoNet 10.4.2).
--
-- Contract, as the provider uses it:
-- * A state row is identified by ServiceId, the state name the grain declared (bound as @GrainTypeString),
--   and the grain key: two 64-bit numbers (@GrainIdN0, @GrainIdN1, zero for string keys) plus a string
--   (@GrainIdExtensionString: the key extension, or the whole key of a string-keyed grain; may be NULL).
--   The grain's type is NOT part of the key: two grain types that share a storage provider, a state name and a
--   key share one row. Give each grain type its own state name.
-- * @GrainIdHash and @GrainTypeHash are the provider's hashes of the same values; kept for diagnostics.
-- * The etag is the integer "version". Write with @GrainStateVersion NULL creates the row at version 1 and
--   fails if a row exists; write with a version succeeds only if it equals the stored one, and raises it by
--   one. Each write returns exactly one row, "NewGrainStateVersion": the new version, or NULL for a conflict
--   (the provider then throws InconsistentStateException). Clear keeps the row with a NULL payload and a new
--   version; Delete (DeleteStateOnClear) removes it. Read returns zero rows or one row (PayloadBinary, Version).

CREATE TABLE IF NOT EXISTS orleans_storage
(
    service_id          varchar(150) NOT NULL,
    grain_type          varchar(512) NOT NULL,
    grain_id_n0         bigint       NOT NULL,
    grain_id_n1         bigint       NOT NULL,
    grain_id_extension  varchar(512) NULL,
    grain_id_hash       integer      NOT NULL,
    grain_type_hash     integer      NOT NULL,
    payload             bytea        NULL,
    version             integer      NOT NULL,
    modified_at         timestamptz  NOT NULL DEFAULT now(),
    -- NULLS NOT DISTINCT (PostgreSQL 15+): integer-keyed grains without an extension have a NULL extension and
    -- must still have only one row.
    CONSTRAINT orleans_storage_key UNIQUE NULLS NOT DISTINCT
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_service_id text, p_grain_type text, p_grain_id_n0 bigint, p_grain_id_n1 bigint,
    p_grain_id_extension text, p_grain_id_hash integer, p_grain_type_hash integer,
    p_expected_version integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql AS
$fn$
DECLARE
    new_version integer;
BEGIN
    IF p_expected_version IS NULL THEN
        -- First write of this state: only if nobody else has created it meanwhile.
        INSERT INTO orleans_storage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension,
                                     grain_id_hash, grain_type_hash, payload, version)
        VALUES (p_service_id, p_grain_type, p_grain_id_n0, p_grain_id_n1, p_grain_id_extension,
                p_grain_id_hash, p_grain_type_hash, p_payload, 1)
        ON CONFLICT ON CONSTRAINT orleans_storage_key DO NOTHING
        RETURNING version INTO new_version;
    ELSIF p_grain_id_extension IS NULL THEN
        UPDATE orleans_storage
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NULL
           AND version = p_expected_version
        RETURNING version INTO new_version;
    ELSE
        UPDATE orleans_storage
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension = p_grain_id_extension
           AND version = p_expected_version
        RETURNING version INTO new_version;
    END IF;
    RETURN new_version; -- NULL when the expected version did not match: a write conflict
END
$fn$;

-- Clears (p_delete = false: payload NULL, new version) or deletes the row, if the version matches.
-- Returns the new version (for a delete: the deleted version plus one, which the provider only compares),
-- or NULL for a conflict.
CREATE OR REPLACE FUNCTION orleans_storage_clear(
    p_service_id text, p_grain_type text, p_grain_id_n0 bigint, p_grain_id_n1 bigint,
    p_grain_id_extension text, p_expected_version integer, p_delete boolean)
RETURNS integer
LANGUAGE plpgsql AS
$fn$
DECLARE
    new_version integer;
BEGIN
    -- The NULL and non-NULL extension cases are separate statements so that each is an index lookup
    -- ("IS NOT DISTINCT FROM" cannot use an index, and string-keyed grains all share n0 = n1 = 0).
    IF p_delete AND p_grain_id_extension IS NULL THEN
        DELETE FROM orleans_storage
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NULL AND version = p_expected_version
        RETURNING version + 1 INTO new_version;
    ELSIF p_delete THEN
        DELETE FROM orleans_storage
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension = p_grain_id_extension AND version = p_expected_version
        RETURNING version + 1 INTO new_version;
    ELSIF p_grain_id_extension IS NULL THEN
        UPDATE orleans_storage
           SET payload = NULL, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension IS NULL AND version = p_expected_version
        RETURNING version INTO new_version;
    ELSE
        UPDATE orleans_storage
           SET payload = NULL, version = version + 1, modified_at = now()
         WHERE service_id = p_service_id AND grain_type = p_grain_type
           AND grain_id_n0 = p_grain_id_n0 AND grain_id_n1 = p_grain_id_n1
           AND grain_id_extension = p_grain_id_extension AND version = p_expected_version
        RETURNING version INTO new_version;
    END IF;
    RETURN new_version;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Two branches, at most one of which can match, so that both the NULL and the non-NULL extension are index lookups.
('ReadFromStorageKey', $q$
    SELECT payload AS "PayloadBinary", version AS "Version"
      FROM orleans_storage
     WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
       AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension = @GrainIdExtensionString::text
    UNION ALL
    SELECT payload, version
      FROM orleans_storage
     WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
       AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension IS NULL AND @GrainIdExtensionString::text IS NULL;
$q$),
('WriteToStorageKey', $q$
    SELECT orleans_storage_write(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                 @GrainIdExtensionString::text, @GrainIdHash, @GrainTypeHash,
                                 @GrainStateVersion::integer, @PayloadBinary) AS "NewGrainStateVersion";
$q$),
('ClearStorageKey', $q$
    SELECT orleans_storage_clear(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                 @GrainIdExtensionString::text, @GrainStateVersion::integer, false)
           AS "NewGrainStateVersion";
$q$),
('DeleteStorageKey', $q$
    SELECT orleans_storage_clear(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                 @GrainIdExtensionString::text, @GrainStateVersion::integer, true)
           AS "NewGrainStateVersion";
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
