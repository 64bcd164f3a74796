package io.orgbridge.integration.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request bodies and unique handles built after the example organization of the AWS simulator.
 * External IDs start with the id of the org or tenant that owns the integration. The simulator's
 * roles trust the IDs of org {@value #EXAMPLE_ORG_ID}, which the no-argument bodies use.
 */
public final class TestData {

    /** The org whose external IDs the simulator's example roles trust. */
    public static final String EXAMPLE_ORG_ID = "o_examplecorp";

    public static final String DISCOVERY_ROLE_ARN = "arn:aws:iam::111111111111:role/pipes_discovery";
    public static final String DISCOVERY_EXTERNAL_ID_SUFFIX = "d1sc0v3r";
    public static final String DISCOVERY_EXTERNAL_ID = EXAMPLE_ORG_ID + ":" + DISCOVERY_EXTERNAL_ID_SUFFIX;
    public static final String MEMBER_ROLE_NAME = "pipes_readonly";
    public static final String MEMBER_EXTERNAL_ID_SUFFIX = "k3y4ex4m";
    public static final String MEMBER_EXTERNAL_ID = EXAMPLE_ORG_ID + ":" + MEMBER_EXTERNAL_ID_SUFFIX;
    public static final String ACCESS_KEY_ID = "AKIAEXAMPLEDISCOVER1";
    public static final String SECRET_ACCESS_KEY = "exampleSecretKeyForDiscovery0000000000001";

    private TestData() {}

    /** Returns {@code prefix} followed by eight random lower-case letters and digits. */
    public static String unique(String prefix) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            out.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Returns the discovery external ID of an integration owned by {@code ownerId}. */
    public static String discoveryExternalId(String ownerId) {
        return ownerId + ":" + DISCOVERY_EXTERNAL_ID_SUFFIX;
    }

    /** Returns the connection role external ID of an integration owned by {@code ownerId}. */
    public static String memberExternalId(String ownerId) {
        return ownerId + ":" + MEMBER_EXTERNAL_ID_SUFFIX;
    }

    /** Returns a role mode config of the example org, whose roles the simulator serves. */
    public static Map<String, Object> roleConfig() {
        return roleConfig(EXAMPLE_ORG_ID);
    }

    /** Returns a role mode config whose external IDs belong to the org or tenant {@code ownerId}. */
    public static Map<String, Object> roleConfig(String ownerId) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("discovery_mode", "role");
        config.put("discovery_role_arn", DISCOVERY_ROLE_ARN);
        config.put("discovery_external_id", discoveryExternalId(ownerId));
        config.put("handle_prefix", "aws_");
        config.put("role_name", MEMBER_ROLE_NAME);
        config.put("external_id", memberExternalId(ownerId));
        return config;
    }

    /** Returns an access key mode config of the example org, whose key the simulator accepts. */
    public static Map<String, Object> accessKeyConfig() {
        return accessKeyConfig(EXAMPLE_ORG_ID);
    }

    /** Returns an access key mode config whose external ID belongs to the org or tenant {@code ownerId}. */
    public static Map<String, Object> accessKeyConfig(String ownerId) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("discovery_mode", "access_key");
        config.put("discovery_access_key", ACCESS_KEY_ID);
        config.put("discovery_secret_key", SECRET_ACCESS_KEY);
        config.put("role_name", MEMBER_ROLE_NAME);
        config.put("external_id", memberExternalId(ownerId));
        return config;
    }

    public static Map<String, Object> createBody(String handle, Map<String, Object> config) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("handle", handle);
        body.put("type", "aws");
        body.put("config", config);
        return body;
    }

    /** Returns a copy of {@code map} with {@code key} set to {@code value}. */
    public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** Returns a copy of {@code map} without {@code key}. */
    public static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
