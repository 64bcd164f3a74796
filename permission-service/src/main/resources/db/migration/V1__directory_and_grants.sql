-- Tenants: the shared default tenant (plan free) and custom tenants (plan enterprise).
create table tenant (
    id            text        primary key,
    handle        text        not null unique,
    display_name  text        not null,
    plan          text        not null,
    custom        boolean     not null,
    version_id    bigint      not null,
    created_at    timestamptz not null,
    created_by_id text        not null,
    updated_at    timestamptz not null,
    updated_by_id text        not null
);

-- The default tenant exists from the start with a fixed id, so every service can refer to it.
insert into tenant (id, handle, display_name, plan, custom, version_id, created_at, created_by_id, updated_at, updated_by_id)
values ('t_00000000000000000000', 'default', 'Default', 'free', false, 1, now(), 'system', now(), 'system');

-- Orgs; handles are unique among orgs (tenant handles form a separate namespace).
create table org (
    id            text        primary key,
    handle        text        not null unique,
    display_name  text        not null,
    plan          text        not null,
    tenant_id     text        not null references tenant (id),
    version_id    bigint      not null,
    created_at    timestamptz not null,
    created_by_id text        not null,
    updated_at    timestamptz not null,
    updated_by_id text        not null
);
create index org_tenant on org (tenant_id);

-- Workspaces; handles are unique within their org.
create table workspace (
    id            text        primary key,
    org_id        text        not null references org (id),
    tenant_id     text        not null references tenant (id),
    handle        text        not null,
    version_id    bigint      not null,
    created_at    timestamptz not null,
    created_by_id text        not null,
    updated_at    timestamptz not null,
    updated_by_id text        not null,
    unique (org_id, handle)
);

-- Replica of integration-events: the scope of each integration and its initial permissions.
-- applied_permissions records the root folder and settings last turned into grants.
create table integration_replica (
    id                  text    primary key,
    tenant_id           text    not null,
    org_id              text,
    scope               text    not null,
    handle              text,
    version_id          bigint  not null,
    permissions         text,
    applied_permissions text,
    deleted             boolean not null default false
);

-- Replica of the folders on connection-events; deleted rows stay as tombstones so that an
-- older event delivered late cannot bring an item back.
create table tree_folder (
    id               text    primary key,
    tenant_id        text    not null,
    org_id           text,
    integration_id   text,
    parent_id        text,
    title            text,
    integration_root boolean not null,
    version_id       bigint  not null,
    deleted          boolean not null
);
create index tree_folder_parent on tree_folder (parent_id);
create index tree_folder_integration on tree_folder (integration_id);

-- Replica of the connections on connection-events, with tombstones as for folders.
create table tree_connection (
    id             text    primary key,
    tenant_id      text    not null,
    org_id         text,
    integration_id text,
    parent_id      text,
    handle         text    not null,
    plugin         text,
    status         text    not null,
    version_id     bigint  not null,
    deleted        boolean not null
);
create index tree_connection_scope on tree_connection (tenant_id, org_id) where not deleted;
create index tree_connection_handle on tree_connection (handle) where not deleted;
create index tree_connection_integration on tree_connection (integration_id);

-- Grants of a folder or connection to a tenant, an org or one workspace. tenant_id, org_id and
-- integration_id describe the granted item; origin 'integration' marks grants made from an
-- integration's initial permissions, which later integration updates adjust.
create table permission_grant (
    id             text        primary key,
    resource_type  text        not null check (resource_type in ('folder', 'connection')),
    resource_id    text        not null,
    tenant_id      text        not null,
    org_id         text,
    integration_id text,
    target_type    text        not null check (target_type in ('tenant', 'org', 'workspace')),
    target_id      text        not null,
    origin         text        not null check (origin in ('user', 'integration')),
    version_id     bigint      not null,
    created_at     timestamptz not null,
    created_by_id  text        not null,
    updated_at     timestamptz not null,
    updated_by_id  text        not null,
    unique (resource_type, resource_id, target_type, target_id)
);
create index permission_grant_target on permission_grant (target_type, target_id);
create index permission_grant_integration on permission_grant (integration_id);

-- The connections each workspace can use, recomputed from grants and the tree replica.
create table workspace_connection (
    workspace_id  text not null references workspace (id),
    connection_id text not null,
    schema_name   text not null,
    org_id        text not null,
    tenant_id     text not null,
    primary key (workspace_id, connection_id),
    unique (workspace_id, schema_name)
);
create index workspace_connection_org on workspace_connection (org_id);
