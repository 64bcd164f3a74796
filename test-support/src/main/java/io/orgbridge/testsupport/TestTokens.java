package io.orgbridge.testsupport;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signs bearer tokens with {@link TestKeys} for the issuer the services are configured to trust in tests. */
public final class TestTokens {

    public static final String ISSUER = "https://orgbridge.test/issuer";

    private TestTokens() {}

    /**
     * Signs a token for a caller with the given groups, such as {@code org:acme:owner}.
     *
     * @return the compact JWT, without the {@code Bearer } prefix
     */
    public static String token(String subject, String... groups) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(groups))
                .expiresIn(Duration.ofHours(1))
                .jws()
                .keyId("orgbridge-test")
                .sign(TestKeys.privateKey());
    }

    public static String orgOwner(String orgHandle) {
        return token("u_" + orgHandle + "owner", "org:" + orgHandle + ":owner");
    }

    public static String orgMember(String orgHandle) {
        return token("u_" + orgHandle + "member", "org:" + orgHandle + ":member");
    }

    public static String tenantOwner(String tenantHandle) {
        return token("u_" + tenantHandle + "owner", "tenant:" + tenantHandle + ":owner");
    }

    public static String platformAdmin() {
        return token("u_platformadmin", "platform:admin");
    }
}
