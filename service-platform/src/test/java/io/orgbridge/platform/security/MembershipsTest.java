package io.orgbridge.platform.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipsTest {

    @Test
    void shouldTreatOwnersAsMembers() {
        Memberships memberships = new Memberships(Set.of("org:acme:owner", "tenant:bigco:owner"));

        assertThat(memberships.isOrgOwner("acme")).isTrue();
        assertThat(memberships.isOrgMember("acme")).isTrue();
        assertThat(memberships.isTenantMember("bigco")).isTrue();
    }

    @Test
    void shouldKeepMembersFromOwning() {
        Memberships memberships = new Memberships(Set.of("org:acme:member"));

        assertThat(memberships.isOrgMember("acme")).isTrue();
        assertThat(memberships.isOrgOwner("acme")).isFalse();
    }

    @Test
    void shouldMatchHandlesExactly() {
        Memberships memberships = new Memberships(Set.of("org:acme:owner"));

        assertThat(memberships.isOrgMember("acm")).isFalse();
        assertThat(memberships.isOrgMember("acme-eu")).isFalse();
        assertThat(memberships.isTenantMember("acme")).isFalse();
        assertThat(memberships.isPlatformAdmin()).isFalse();
    }

    @Test
    void shouldRecognisePlatformAdmin() {
        assertThat(new Memberships(Set.of("platform:admin")).isPlatformAdmin()).isTrue();
    }
}
