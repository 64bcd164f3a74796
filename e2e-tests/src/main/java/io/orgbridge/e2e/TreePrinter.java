package io.orgbridge.e2e;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a connection tree or a workspace's connection list as indented text. */
public final class TreePrinter {

    private TreePrinter() {}

    public static String tree(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        JsonNode roots = tree.has("items") ? tree.get("items") : tree;
        roots.forEach(node -> append(out, node, 0));
        return out.toString();
    }

    public static String workspaceConnections(String workspaceHandle, List<JsonNode> connections) {
        StringBuilder out = new StringBuilder();
        out.append("workspace ")
                .append(workspaceHandle)
                .append(": ")
                .append(connections.size())
                .append(" connections\n");
        connections.stream()
                .map(connection -> connection.path("handle").asText())
                .sorted()
                .forEach(handle -> out.append("  ").append(handle).append('\n'));
        return out.toString();
    }

    private static void append(StringBuilder out, JsonNode node, int depth) {
        out.append("  ".repeat(depth));
        if (node.has("handle")) {
            out.append(node.path("handle").asText())
                    .append("  [")
                    .append(node.path("status").asText())
                    .append("] ")
                    .append(node.path("account_id")
                            .asText(node.path("integration_resource_identifier").asText()));
            if (node.hasNonNull("status_reason")) {
                out.append("  (").append(node.path("status_reason").asText()).append(')');
            }
        } else {
            out.append(node.path("title").asText()).append('/');
        }
        out.append('\n');
        node.path("children").forEach(child -> append(out, child, depth + 1));
    }
}
