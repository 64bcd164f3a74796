package io.orgbridge.integration.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.platform.rest.ValidationError;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDefaultToNone() {
        // given
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionSettings read = PermissionsReader.read(null, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.mode()).isEqualTo("none");
        assertThat(read.workspaces()).isEmpty();
    }

    @Test
    void shouldReadWorkspaces() {
        // given
        var node = JSON.valueToTree(Map.of("mode", "workspaces", "workspaces", List.of("prod", "audit2")));
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionSettings read = PermissionsReader.read(node, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors).isEmpty();
        assertThat(read.workspaces()).containsExactly("prod", "audit2");
    }

    @Test
    void shouldRejectUnknownMode() {
        // given
        var node = JSON.valueToTree(Map.of("mode", "everyone"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionsReader.read(node, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.permissions.mode");
        assertThat(errors.get(0).message()).contains("'everyone' is invalid: use none, all_workspaces, workspaces");
    }

    @Test
    void shouldRequireWorkspaces() {
        // given
        var node = JSON.valueToTree(Map.of("mode", "workspaces"));
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionsReader.read(node, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors).extracting(ValidationError::location).containsExactly("body.permissions.workspaces");
    }

    @Test
    void shouldRejectWorkspacesForAllWorkspaces() {
        // given
        var node = JSON.valueToTree(Map.of("mode", "all_workspaces", "workspaces", List.of("prod")));
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionsReader.read(node, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors)
                .extracting(ValidationError::message)
                .containsExactly("permissions.workspaces is only allowed when mode is 'workspaces'; remove it");
    }

    @Test
    void shouldRejectBadWorkspaceHandles() {
        // given
        var node = JSON.valueToTree(
                Map.of("mode", "workspaces", "workspaces", List.of("Prod", "prod", "prod", "a".repeat(24))));
        List<ValidationError> errors = new ArrayList<>();

        // when
        PermissionsReader.read(node, PermissionsReader.DEFAULT, errors);

        // then
        assertThat(errors)
                .extracting(ValidationError::location)
                .containsExactly(
                        "body.permissions.workspaces[0]",
                        "body.permissions.workspaces[2]",
                        "body.permissions.workspaces[3]");
        assertThat(errors.get(0).message()).contains("'Prod' is invalid: use 1-23 characters");
        assertThat(errors.get(1).message()).contains("appears more than once");
    }
}
