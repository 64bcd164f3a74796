package io.orgbridge.discovery.service;

import java.util.List;

import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.Organization;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.Root;

/**
 * Everything one walk read: OUs parents first (breadth first, in the order AWS listed them) and
 * the accounts of every parent. Accounts carry no role check yet.
 */
public record OrganizationTree(
        Organization organization, Root root, List<OrganizationalUnit> organizationalUnits, List<Account> accounts) {

    public OrganizationTree {
        organizationalUnits = List.copyOf(organizationalUnits);
        accounts = List.copyOf(accounts);
    }

    public OrganizationTree withAccounts(List<Account> checkedAccounts) {
        return new OrganizationTree(organization, root, organizationalUnits, checkedAccounts);
    }
}
