package io.orgbridge.awssim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON shapes of AWS Organizations responses. ARNs use the organization's partition and
 * management account. Timestamps are epoch seconds, as the JSON 1.1 protocol sends them. Accounts
 * carry {@code State} and no {@code Status}, which the Organizations API model (2016-11-28) marks as
 * retired on 9 September 2026.
 */
final class OrganizationsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Fixture.OrganizationSpec organization;

    OrganizationsJson(Fixture.OrganizationSpec organization) {
        this.organization = organization;
    }

    ObjectNode organization() {
        ObjectNode node = NODES.objectNode();
        node.put("Id", organization.id());
        node.put("Arn", arnPrefix() + "organization/" + organization.id());
        node.put("FeatureSet", organization.featureSet());
        node.put("MasterAccountArn", accountArn(organization.managementAccountId()));
        node.put("MasterAccountId", organization.managementAccountId());
        node.put("MasterAccountEmail", organization.managementAccountEmail());
        node.putArray("AvailablePolicyTypes");
        return node;
    }

    ObjectNode root(String rootId, String name) {
        ObjectNode node = NODES.objectNode();
        node.put("Id", rootId);
        node.put("Arn", arnPrefix() + "root/" + organization.id() + "/" + rootId);
        node.put("Name", name);
        node.putArray("PolicyTypes");
        return node;
    }

    ObjectNode account(OrganizationState.Account account) {
        ObjectNode node = NODES.objectNode();
        node.put("Id", account.id());
        node.put("Arn", accountArn(account.id()));
        node.put("Email", account.email());
        node.put("Name", account.name());
        node.put("State", account.state().name());
        node.put("JoinedMethod", account.joinedMethod());
        node.put("JoinedTimestamp", epochSeconds(account.joinedTimestamp()));
        return node;
    }

    ObjectNode organizationalUnit(OrganizationState.OrganizationalUnit unit) {
        ObjectNode node = NODES.objectNode();
        node.put("Id", unit.id());
        node.put("Arn", arnPrefix() + "ou/" + organization.id() + "/" + unit.id());
        node.put("Name", unit.name());
        return node;
    }

    ObjectNode child(OrganizationState.Child child) {
        return NODES.objectNode().put("Id", child.id()).put("Type", child.type());
    }

    ObjectNode parent(OrganizationState.Parent parent) {
        return NODES.objectNode().put("Id", parent.id()).put("Type", parent.type());
    }

    ObjectNode tag(Map.Entry<String, String> tag) {
        return NODES.objectNode().put("Key", tag.getKey()).put("Value", tag.getValue());
    }

    ObjectNode createAccountStatus(OrganizationState.CreateAccountStatus status) {
        ObjectNode node = NODES.objectNode();
        node.put("Id", status.id());
        node.put("AccountName", status.accountName());
        node.put("State", status.state());
        node.put("RequestedTimestamp", epochSeconds(status.requestedTimestamp()));
        if (status.completedTimestamp() != null) {
            node.put("CompletedTimestamp", epochSeconds(status.completedTimestamp()));
        }
        if (status.accountId() != null) {
            node.put("AccountId", status.accountId());
        }
        if (status.failureReason() != null) {
            node.put("FailureReason", status.failureReason());
        }
        return node;
    }

    /** Wraps one page: {@code {"<member>": [...], "NextToken": "..."}} with NextToken only when more pages follow. */
    <T> ObjectNode page(String member, Pagination.Page<T> page, Function<T, ObjectNode> mapper) {
        ObjectNode node = NODES.objectNode();
        ArrayNode items = node.putArray(member);
        page.items().forEach(item -> items.add(mapper.apply(item)));
        if (page.nextToken() != null) {
            node.put("NextToken", page.nextToken());
        }
        return node;
    }

    static ObjectNode wrap(String member, ObjectNode value) {
        ObjectNode node = NODES.objectNode();
        node.set(member, value);
        return node;
    }

    static ObjectNode empty() {
        return NODES.objectNode();
    }

    private String accountArn(String accountId) {
        return arnPrefix() + "account/" + organization.id() + "/" + accountId;
    }

    private String arnPrefix() {
        return "arn:" + organization.partition() + ":organizations::" + organization.managementAccountId() + ":";
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
