package io.orgbridge.permission.service;

import io.orgbridge.permission.entity.OrgEntity;
import io.orgbridge.permission.entity.TenantEntity;

/** An org with the tenant it belongs to. */
public record OrgView(OrgEntity org, TenantEntity tenant) {}
