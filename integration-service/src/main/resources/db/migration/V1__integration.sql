-- AWS integrations of orgs (org_id set) and of custom tenants (org_id null).
-- A deleted integration keeps its row (deleted_at set, secret erased) so that its id stays known.
create table integration (
    id                        varchar(32)  primary key,
    handle                    varchar(40)  not null,
    type                      varchar(16)  not null,
    tenant_id                 varchar(32)  not null,
    tenant_handle             varchar(40)  not null,
    org_id                    varchar(32),
    org_handle                varchar(40),
    state                     varchar(16)  not null,
    state_reason              text,

    discovery_mode            varchar(16)  not null,
    discovery_role_arn        varchar(2048),
    discovery_external_id     varchar(1224),
    discovery_access_key      varchar(128),
    -- AES-256-GCM under orgbridge.secrets.storage-key, associated data = id
    discovery_secret_sealed   text,
    -- version_id at which the discovery credentials last changed; older runs do not set the state
    discovery_version         bigint       not null,

    handle_prefix             varchar(20)  not null,
    role_name                 varchar(64)  not null,
    external_id               varchar(1224) not null,
    regions                   text         not null,
    default_region            varchar(32)  not null,
    max_error_retry_attempts  integer      not null,
    min_error_retry_delay     integer      not null,
    ignore_error_codes        text         not null,
    permissions_mode          varchar(16)  not null,
    permissions_workspaces    text         not null,

    last_run_id               varchar(64),
    last_run_sequence         bigint,
    last_run_trigger          varchar(16),
    last_run_status           varchar(16),
    last_run_started_at       timestamptz,
    last_run_finished_at      timestamptz,
    last_run_organization_id  varchar(64),
    last_run_root_id          varchar(64),
    last_run_ou_count         integer,
    last_run_account_count    integer,
    last_run_role_check_failures integer,

    version_id                bigint       not null,
    created_at                timestamptz  not null,
    created_by_id             varchar(255) not null,
    updated_at                timestamptz  not null,
    updated_by_id             varchar(255) not null,
    deleted_at                timestamptz,
    deleted_by_id             varchar(255)
);

-- Backstops of the handle rules; the service checks them under an advisory lock first.
create unique index integration_org_handle on integration (org_id, handle)
    where deleted_at is null and org_id is not null;
create unique index integration_tenant_handle on integration (tenant_id, handle)
    where deleted_at is null and org_id is null;
create index integration_tenant on integration (tenant_id) where deleted_at is null;
