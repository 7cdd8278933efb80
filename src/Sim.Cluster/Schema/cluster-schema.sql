-- Cluster schema of the simulation for PostgreSQL 12 or later: Orleans' membership table (clustering) and grain
-- storage (persistence), with the queries the Microsoft.Orleans.Clustering.AdoNet and .Persistence.AdoNet 10.4.2
-- assemblies look up by key in OrleansQuery. `sim cluster init` runs this script in one transaction.
--
-- Idempotent: every object is created only where missing (tables, columns, indexes), functions are replaced and
-- every query row is upserted, so running it again, or over an older Orleans schema, brings the database to this
-- version without touching stored rows. Orleans reads results by column name and binds parameters by name
-- (@Name), so those names are the contract; everything behind them is this project's own.

-- Two inits at once would race on CREATE OR REPLACE FUNCTION: the second waits here for the first to commit.
SELECT pg_advisory_xact_lock(hashtext('sim cluster schema'));

-- The queries Orleans runs, by key.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText text NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);

-- Which version of this script last ran (sim cluster init reports it; a newer init raises it).
CREATE TABLE IF NOT EXISTS SimClusterSchema
(
    Version integer NOT NULL,
    AppliedOn timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT PK_SimClusterSchema PRIMARY KEY (Version)
);

------------------------------------------------------------------------------------------------------------------
-- Membership: one version row per cluster (DeploymentId = Orleans' cluster id), one row per silo incarnation.
-- Every membership change bumps the version row; a write that names a stale version changes nothing and
-- returns 0, which is how Orleans' silos agree on the table without a lock held across calls.
------------------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes text NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Orleans' schemas before 2.0 had no silo name; the assemblies read it.
ALTER TABLE OrleansMembershipTable ADD COLUMN IF NOT EXISTS SiloName varchar(150) NOT NULL DEFAULT '';

-- Locks the cluster's version row if it still holds the version the caller read; false if it moved on. Taken
-- first by every membership change, so of two silos changing the table at once the second sees the bumped version
-- and fails cleanly (Orleans then reads the table again and retries) instead of leaving half a change behind.
CREATE OR REPLACE FUNCTION sim_orleans_claim_membership_version(deployment_id varchar, expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1 FROM OrleansMembershipVersionTable
    WHERE DeploymentId = deployment_id AND Version = expected_version
    FOR UPDATE;
    RETURN FOUND;
END
$fn$;

-- Bumps the cluster's version after a change made under sim_orleans_claim_membership_version; returns 1.
CREATE OR REPLACE FUNCTION sim_orleans_bump_membership_version(deployment_id varchar)
RETURNS integer
LANGUAGE sql
AS $fn$
    UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now() WHERE DeploymentId = deployment_id;
    SELECT 1;
$fn$;

-- Adds a silo's row if the cluster's version is still the one the silo read; returns 1 if added, else 0.
CREATE OR REPLACE FUNCTION sim_orleans_insert_membership(
    deployment_id varchar, silo_address varchar, silo_port integer, silo_generation integer,
    silo_name varchar, host_name varchar, silo_status integer, proxy_port integer,
    start_time timestamptz, i_am_alive_time timestamptz, expected_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF NOT sim_orleans_claim_membership_version(deployment_id, expected_version) THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (deployment_id, silo_address, silo_port, silo_generation, silo_name, host_name, silo_status, proxy_port,
         start_time, i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    RETURN CASE WHEN FOUND THEN sim_orleans_bump_membership_version(deployment_id) ELSE 0 END;
END
$fn$;

-- Changes a silo's status and suspicions if the cluster's version is still the one the caller read; 1 or 0.
CREATE OR REPLACE FUNCTION sim_orleans_update_membership(
    deployment_id varchar, silo_address varchar, silo_port integer, silo_generation integer,
    silo_status integer, suspect_times text, i_am_alive_time timestamptz, expected_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF NOT sim_orleans_claim_membership_version(deployment_id, expected_version) THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = silo_status, SuspectTimes = suspect_times, IAmAliveTime = i_am_alive_time
    WHERE DeploymentId = deployment_id AND Address = silo_address AND Port = silo_port
        AND Generation = silo_generation;
    RETURN CASE WHEN FOUND THEN sim_orleans_bump_membership_version(deployment_id) ELSE 0 END;
END
$fn$;

------------------------------------------------------------------------------------------------------------------
-- Grain storage: one row per grain state (type, id, service). PayloadBinary is bytea (up to 1 GB a value;
-- a 1:1 region checkpoint is about 50 MB, stored out of line by TOAST). Version is the state's ETag.
------------------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId varchar(150) NOT NULL,
    PayloadBinary bytea NULL,
    ModifiedOn timestamp NOT NULL,
    Version integer NULL
);

CREATE INDEX IF NOT EXISTS ix_orleansstorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Writes a grain's state. With the version the grain last read, overwrites that version and returns it + 1;
-- without one (a grain that never stored), inserts version 1. A stale or duplicate write changes nothing and
-- returns the version it was given, which Orleans reports as an InconsistentStateException. Writers of one
-- grain (same hashes) are serialised by an advisory lock, so two activations in a split cluster cannot both insert.
CREATE OR REPLACE FUNCTION sim_orleans_write_storage(
    grain_id_hash integer, grain_id_n0 bigint, grain_id_n1 bigint, grain_type_hash integer,
    grain_type varchar, grain_id_extension varchar, service_id varchar, expected_version integer,
    payload bytea)
RETURNS TABLE (NewGrainStateVersion integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    written integer;
BEGIN
    PERFORM pg_advisory_xact_lock(grain_id_hash, grain_type_hash);

    IF expected_version IS NOT NULL THEN
        UPDATE OrleansStorage AS s
        SET PayloadBinary = payload, ModifiedOn = now() AT TIME ZONE 'UTC', Version = s.Version + 1
        WHERE s.GrainIdHash = grain_id_hash AND s.GrainTypeHash = grain_type_hash
            AND s.GrainIdN0 = grain_id_n0 AND s.GrainIdN1 = grain_id_n1
            AND s.GrainTypeString = grain_type
            AND s.GrainIdExtensionString IS NOT DISTINCT FROM grain_id_extension
            AND s.ServiceId = service_id
            AND s.Version = expected_version;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN written > 0 THEN expected_version + 1 ELSE expected_version END;
        RETURN;
    END IF;

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
         PayloadBinary, ModifiedOn, Version)
    SELECT grain_id_hash, grain_id_n0, grain_id_n1, grain_type_hash, grain_type, grain_id_extension, service_id,
        payload, now() AT TIME ZONE 'UTC', 1
    WHERE NOT EXISTS (
        SELECT 1 FROM OrleansStorage AS s
        WHERE s.GrainIdHash = grain_id_hash AND s.GrainTypeHash = grain_type_hash
            AND s.GrainIdN0 = grain_id_n0 AND s.GrainIdN1 = grain_id_n1
            AND s.GrainTypeString = grain_type
            AND s.GrainIdExtensionString IS NOT DISTINCT FROM grain_id_extension
            AND s.ServiceId = service_id);
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN QUERY SELECT CASE WHEN written > 0 THEN 1 ELSE NULL::integer END;
END
$fn$;

------------------------------------------------------------------------------------------------------------------
-- The queries, by the keys the assemblies look up. Each is replaced on every init, so an upgrade takes effect
-- for silos started afterwards (Orleans reads the queries once, when a provider starts).
------------------------------------------------------------------------------------------------------------------

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
('InsertMembershipVersionKey', $q$
    WITH added AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM added;
$q$),
('InsertMembershipKey', $q$
    SELECT sim_orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),
('UpdateMembershipKey', $q$
    SELECT sim_orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
        @IAmAliveTime, @Version);
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m
        ON m.DeploymentId = v.DeploymentId
        AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
-- Dead silos (status 6) not heard of since @IAmAliveTime.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime;
$q$),
-- One dead silo's row, only if it is still exactly as the caller read it (no concurrent change lost).
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND Address = @Address AND Port = @Port AND Generation = @Generation
        AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
        AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
$q$),
('WriteToStorageKey', $q$
    SELECT NewGrainStateVersion
    FROM sim_orleans_write_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
$q$),
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, now() AT TIME ZONE 'UTC' AS ReadOn, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId;
$q$),
-- Keeps the row (payload NULL) so the version keeps counting: a stale writer still conflicts after a clear.
('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now() AT TIME ZONE 'UTC', Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
$q$),
-- With DeleteStateOnClear: removes the row; returns the version + 1 as Orleans' version check expects.
('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO SimClusterSchema (Version) VALUES (1) ON CONFLICT (Version) DO NOTHING;
