package io.orgbridge.awssim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The AWS Organizations write operations: account lifecycle, OU management and tagging. */
final class OrganizationsWrites {

    private final Simulation simulation;

    OrganizationsWrites(Simulation simulation) {
        this.simulation = simulation;
    }

    ObjectNode invoke(ApiCall call) {
        OrganizationState organization = simulation.organization();
        OrganizationsJson json = new OrganizationsJson(organization.organization());
        JsonNode input = call.input();
        switch (call.operation()) {
            case "CreateAccount" -> {
                return OrganizationsJson.wrap("CreateAccountStatus", json.createAccountStatus(createAccount(input)));
            }
            case "CloseAccount" -> organization.closeAccount(OrganizationsReads.accountId(input, "AccountId"));
            case "MoveAccount" -> organization.moveAccount(
                    OrganizationsReads.accountId(input, "AccountId"),
                    OrganizationsInput.requiredId(input, "SourceParentId", Validation.PARENT_ID),
                    OrganizationsInput.requiredId(input, "DestinationParentId", Validation.PARENT_ID));
            case "RemoveAccountFromOrganization" -> organization.removeAccount(
                    OrganizationsReads.accountId(input, "AccountId"));
            case "CreateOrganizationalUnit" -> {
                OrganizationState.OrganizationalUnit unit = organization.createOrganizationalUnit(
                        OrganizationsReads.parentId(input),
                        OrganizationsInput.name(input, "Name", 1, 128, true),
                        OrganizationsInput.tags(input, false));
                return OrganizationsJson.wrap("OrganizationalUnit", json.organizationalUnit(unit));
            }
            case "UpdateOrganizationalUnit" -> {
                return OrganizationsJson.wrap("OrganizationalUnit", json.organizationalUnit(updateUnit(input)));
            }
            case "DeleteOrganizationalUnit" -> organization.deleteOrganizationalUnit(unitId(input));
            case "TagResource" -> organization.tagResource(resourceId(input), OrganizationsInput.tags(input, true));
            case "UntagResource" -> organization.untagResource(resourceId(input), OrganizationsInput.tagKeys(input));
            default -> throw new IllegalArgumentException("Not a write operation: " + call.operation());
        }
        return OrganizationsJson.empty();
    }

    private OrganizationState.CreateAccountStatus createAccount(JsonNode input) {
        String email = OrganizationsInput.requiredText(input, "Email");
        if (!Validation.isEmail(email)) {
            throw OrganizationsErrors.invalidInput(
                    "INVALID_EMAIL_ADDRESS_TARGET", "You specified an invalid email address: '" + email + "'.");
        }
        String accountName = OrganizationsInput.name(input, "AccountName", 1, 50, true);
        if (!Validation.isPrintableAscii(accountName)) {
            throw OrganizationsErrors.invalidPattern("AccountName", accountName);
        }
        return simulation.organization().createAccount(accountName, email, OrganizationsInput.tags(input, false));
    }

    private OrganizationState.OrganizationalUnit updateUnit(JsonNode input) {
        String unitId = unitId(input);
        String name = OrganizationsInput.name(input, "Name", 1, 128, false);
        OrganizationState organization = simulation.organization();
        return name == null
                ? organization.organizationalUnit(unitId)
                : organization.renameOrganizationalUnit(unitId, name);
    }

    private static String unitId(JsonNode input) {
        return OrganizationsInput.requiredId(input, "OrganizationalUnitId", Validation.OU_ID);
    }

    private static String resourceId(JsonNode input) {
        return OrganizationsInput.requiredId(input, "ResourceId", Validation.TAGGABLE_ID);
    }
}
