package io.orgbridge.permission.service;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.permission.entity.IntegrationReplica;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionSettingsTest {

    @Test
    void shouldReadMissingOrUnknownModeAsNone() {
        assertThat(InitialPermissionService.normalize(null).mode()).isEqualTo(PermissionSettings.NONE);
        assertThat(InitialPermissionService.normalize(new PermissionSettings("everyone", List.of("a")))
                        .mode())
                .isEqualTo(PermissionSettings.NONE);
    }

    @Test
    void shouldSortAndDeduplicateWorkspaceHandles() {
        // given
        var settings = new PermissionSettings(PermissionSettings.WORKSPACES, Arrays.asList("b", "a", null, "b", " "));

        // when
        var normalized = InitialPermissionService.normalize(settings);

        // then
        assertThat(normalized.workspaces()).containsExactly("a", "b");
    }

    @Test
    void shouldDropHandlesWhenAllWorkspaces() {
        var settings = new PermissionSettings(PermissionSettings.ALL_WORKSPACES, List.of("a"));

        assertThat(InitialPermissionService.normalize(settings).workspaces()).isEmpty();
    }

    @Test
    void shouldRoundTripStoredSettings() {
        // given
        IntegrationReplica integration = new IntegrationReplica();
        integration.id = "i_x";
        integration.permissions = InitialPermissionService.toJson(
                new PermissionSettings(PermissionSettings.WORKSPACES, List.of("dev", "prod")));

        // when
        var read = InitialPermissionService.settingsOf(integration);

        // then
        assertThat(read).isEqualTo(new PermissionSettings(PermissionSettings.WORKSPACES, List.of("dev", "prod")));
    }
}
