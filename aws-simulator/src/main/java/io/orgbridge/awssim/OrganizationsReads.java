package io.orgbridge.awssim;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The AWS Organizations read operations over the current organization tree. */
final class OrganizationsReads {

    private final Simulation simulation;

    OrganizationsReads(Simulation simulation) {
        this.simulation = simulation;
    }

    ObjectNode invoke(ApiCall call) {
        OrganizationState organization = simulation.organization();
        OrganizationsJson json = new OrganizationsJson(organization.organization());
        JsonNode input = call.input();
        return switch (call.operation()) {
            case "DescribeOrganization" -> OrganizationsJson.wrap("Organization", json.organization());
            case "ListRoots" -> json.page(
                    "Roots",
                    page(List.of(organization.rootId()), call, "roots"),
                    rootId -> json.root(rootId, organization.rootName()));
            case "ListOrganizationalUnitsForParent" -> listOrganizationalUnits(call, organization, json);
            case "ListAccountsForParent" -> listAccountsForParent(call, organization, json);
            case "ListAccounts" -> json.page("Accounts", page(organization.accounts(), call, "all"), json::account);
            case "ListChildren" -> listChildren(call, organization, json);
            case "ListParents" -> listParents(call, organization, json);
            case "DescribeAccount" -> describeAccount(input, organization, json);
            case "DescribeOrganizationalUnit" -> describeOrganizationalUnit(input, organization, json);
            case "ListTagsForResource" -> listTags(call, organization, json);
            case "DescribeCreateAccountStatus" -> describeCreateAccountStatus(input, organization, json);
            default -> throw new IllegalArgumentException("Not a read operation: " + call.operation());
        };
    }

    private static ObjectNode describeAccount(JsonNode input, OrganizationState organization, OrganizationsJson json) {
        OrganizationState.Account account = organization.account(accountId(input, "AccountId"));
        return OrganizationsJson.wrap("Account", json.account(account));
    }

    private static ObjectNode describeOrganizationalUnit(
            JsonNode input, OrganizationState organization, OrganizationsJson json) {
        String unitId = OrganizationsInput.requiredId(input, "OrganizationalUnitId", Validation.OU_ID);
        OrganizationState.OrganizationalUnit unit = organization.organizationalUnit(unitId);
        return OrganizationsJson.wrap("OrganizationalUnit", json.organizationalUnit(unit));
    }

    private static ObjectNode describeCreateAccountStatus(
            JsonNode input, OrganizationState organization, OrganizationsJson json) {
        String requestId =
                OrganizationsInput.requiredId(input, "CreateAccountRequestId", Validation.CREATE_ACCOUNT_REQUEST_ID);
        OrganizationState.CreateAccountStatus status = organization.createAccountStatus(requestId);
        return OrganizationsJson.wrap("CreateAccountStatus", json.createAccountStatus(status));
    }

    private ObjectNode listOrganizationalUnits(ApiCall call, OrganizationState organization, OrganizationsJson json) {
        String parentId = parentId(call.input());
        List<OrganizationState.OrganizationalUnit> units = organization.organizationalUnitsOf(parentId);
        return json.page("OrganizationalUnits", page(units, call, parentId), json::organizationalUnit);
    }

    private ObjectNode listAccountsForParent(ApiCall call, OrganizationState organization, OrganizationsJson json) {
        String parentId = parentId(call.input());
        List<OrganizationState.Account> accounts = organization.accountsOf(parentId);
        return json.page("Accounts", page(accounts, call, parentId), json::account);
    }

    private ObjectNode listChildren(ApiCall call, OrganizationState organization, OrganizationsJson json) {
        String parentId = parentId(call.input());
        String childType = OrganizationsInput.requiredText(call.input(), "ChildType");
        if (!OrganizationState.CHILD_TYPE_ACCOUNT.equals(childType)
                && !OrganizationState.CHILD_TYPE_ORGANIZATIONAL_UNIT.equals(childType)) {
            throw OrganizationsErrors.invalidInput(
                    "INVALID_ENUM",
                    "You specified an invalid value for ChildType: '" + childType
                            + "'; expected ACCOUNT or ORGANIZATIONAL_UNIT.");
        }
        List<OrganizationState.Child> children = organization.childrenOf(parentId, childType);
        return json.page("Children", page(children, call, parentId + "/" + childType), json::child);
    }

    private ObjectNode listParents(ApiCall call, OrganizationState organization, OrganizationsJson json) {
        String childId = OrganizationsInput.requiredId(call.input(), "ChildId", Validation.CHILD_ID);
        OrganizationState.Parent parent = organization.parentOf(childId);
        return json.page("Parents", page(List.of(parent), call, childId), json::parent);
    }

    private ObjectNode listTags(ApiCall call, OrganizationState organization, OrganizationsJson json) {
        String resourceId = OrganizationsInput.requiredId(call.input(), "ResourceId", Validation.TAGGABLE_ID);
        List<Map.Entry<String, String>> tags =
                List.copyOf(organization.tagsOf(resourceId).entrySet());
        return json.page("Tags", page(tags, call, resourceId), json::tag);
    }

    private <T> Pagination.Page<T> page(List<T> items, ApiCall call, String scope) {
        boolean emptyFirstPage = simulation.faults().hasEmptyFirstPage(call.operation(), call.parentId());
        return Pagination.page(items, call, scope, emptyFirstPage);
    }

    static String parentId(JsonNode input) {
        return OrganizationsInput.requiredId(input, "ParentId", Validation.PARENT_ID);
    }

    static String accountId(JsonNode input, String member) {
        return OrganizationsInput.requiredId(input, member, Validation.ACCOUNT_ID);
    }
}
