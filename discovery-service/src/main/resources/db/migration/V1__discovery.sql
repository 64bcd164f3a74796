-- Replica of each integration's discovery settings, kept from integration-events.
-- A deleted integration stays as a tombstone (deleted = true, credentials cleared), so that an
-- older event of it cannot bring it back.
create table integration_replica (
    id                     varchar(32)  primary key,
    handle                 varchar(64)  not null,
    scope                  varchar(16)  not null,
    tenant_id              varchar(32)  not null,
    tenant_handle          varchar(64)  not null,
    org_id                 varchar(32),
    org_handle             varchar(64),
    version_id             bigint       not null,
    state                  varchar(32),
    discovery_mode         varchar(16),
    discovery_role_arn     text,
    discovery_external_id  text,
    discovery_access_key_id text,
    -- The secret access key exactly as the event carried it: sealed with AES-256-GCM under the
    -- transport key, the integration id as associated data. Opened only while a run uses it.
    sealed_secret_key      text,
    connection_role_name   text,
    connection_external_id text,
    deleted                boolean      not null default false,
    last_run_sequence      bigint       not null default 0,
    next_scheduled_at      timestamptz,
    updated_at             timestamptz  not null
);
create index integration_replica_org_handle on integration_replica (org_handle, handle) where not deleted;
create index integration_replica_tenant_handle on integration_replica (tenant_handle, handle) where not deleted;
create index integration_replica_due on integration_replica (next_scheduled_at) where not deleted;

-- One discovery run of an integration: queued, then running, then succeeded or failed.
create table discovery_run (
    id                  varchar(32)  primary key,
    integration_id      varchar(32)  not null references integration_replica (id),
    integration_version bigint       not null,
    run_sequence        bigint       not null,
    trigger             varchar(16)  not null,
    state               varchar(16)  not null,
    created_at          timestamptz  not null,
    started_at          timestamptz,
    finished_at         timestamptz,
    lease_expires_at    timestamptz,
    ou_count            integer,
    account_count       integer,
    failed_call         text,
    error_code          text,
    error_message       text,
    unique (integration_id, run_sequence)
);
-- At most one queued and one running run per integration, whatever the number of replicas.
create unique index discovery_run_one_queued on discovery_run (integration_id) where state = 'queued';
create unique index discovery_run_one_running on discovery_run (integration_id) where state = 'running';
create index discovery_run_queued on discovery_run (created_at) where state = 'queued';
create index discovery_run_lease on discovery_run (lease_expires_at) where state = 'running';
