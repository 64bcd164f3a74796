-- Replica of each integration, kept from integration-events. A deleted integration stays as a
-- row with deleted = true, so that late events for it are recognised and ignored.
create table integration_replica (
    id                        varchar(32)  primary key,
    handle                    varchar(64)  not null,
    scope                     varchar(16)  not null,
    scope_id                  varchar(32)  not null,
    tenant_id                 varchar(32)  not null,
    tenant_handle             varchar(64),
    org_id                    varchar(32),
    org_handle                varchar(64),
    version_id                bigint       not null,
    deleted                   boolean      not null default false,
    handle_prefix             varchar(64)  not null default '',
    role_name                 varchar(64)  not null,
    external_id               varchar(1224),
    regions                   text[]       not null,
    default_region            varchar(32),
    max_error_retry_attempts  integer      not null,
    min_error_retry_delay     integer      not null,
    ignore_error_codes        text[]       not null,
    last_applied_run_sequence bigint,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null
);
create index integration_replica_org_handle on integration_replica (org_handle);
create index integration_replica_tenant_handle on integration_replica (tenant_handle);

-- Folders: one top-level folder per integration and one per organizational unit.
create table connection_folder (
    id               varchar(32)  primary key,
    scope_id         varchar(32)  not null,
    tenant_id        varchar(32)  not null,
    org_id           varchar(32),
    integration_id   varchar(32)  not null,
    -- Deferred, so that one reconcile transaction can create, move and delete in any statement order.
    parent_id        varchar(32)  references connection_folder (id) deferrable initially deferred,
    title            varchar(255) not null,
    title_mode       varchar(16)  not null,
    ou_id            varchar(64),
    integration_root boolean      not null,
    version_id       bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    updated_by_id    varchar(255),
    constraint connection_folder_ou_key unique (integration_id, ou_id)
);
create unique index connection_folder_one_root on connection_folder (integration_id) where integration_root;
create index connection_folder_scope on connection_folder (scope_id);
create index connection_folder_parent on connection_folder (parent_id);

-- Connections: one per AWS account.
create table connection (
    id              varchar(32)  primary key,
    scope_id        varchar(32)  not null,
    tenant_id       varchar(32)  not null,
    org_id          varchar(32),
    integration_id  varchar(32)  not null,
    parent_id       varchar(32)  not null references connection_folder (id) deferrable initially deferred,
    handle          varchar(39)  not null,
    handle_mode     varchar(16)  not null,
    handle_dynamic  varchar(39)  not null,
    plugin          varchar(32)  not null,
    status          varchar(16)  not null,
    status_reason   varchar(2048),
    account_id      varchar(12)  not null,
    account_name    varchar(255) not null,
    account_state   varchar(32)  not null,
    ou_path         varchar(4096) not null,
    config          jsonb        not null,
    config_source   varchar(16)  not null,
    version_id      bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    updated_by_id   varchar(255),
    -- Handles are schema names in workspaces, so they are unique per tenant or org. Deferred,
    -- so that a reconcile may hand a released handle to another connection in the same transaction.
    constraint connection_scope_handle_key unique (scope_id, handle) deferrable initially deferred,
    constraint connection_account_key unique (integration_id, account_id),
    constraint connection_handle_format check (handle ~ '^[a-z](?:[a-z0-9]|_(?=[a-z0-9])){0,38}$')
);
create index connection_parent on connection (parent_id);
create index connection_integration on connection (integration_id);

-- A snapshot that arrived before its integration's created event; applied once the integration is known.
create table pending_snapshot (
    integration_id varchar(32) primary key,
    run_sequence   bigint      not null,
    payload        text        not null,
    received_at    timestamptz not null
);
