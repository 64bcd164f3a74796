package io.orgbridge.platform.id;

import java.security.SecureRandom;

/** Generates Pipes-style ids: a prefix, {@code _}, and 20 characters of {@code 0-9a-v} (100 random bits). */
public final class Ids {

    public static final String TENANT = "t";
    public static final String ORG = "o";
    public static final String WORKSPACE = "w";
    public static final String INTEGRATION = "i";
    public static final String CONNECTION = "c";
    public static final String FOLDER = "c";
    public static final String GRANT = "g";
    public static final String RUN = "run";

    private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId(String prefix) {
        char[] chars = new char[20];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BASE32HEX[RANDOM.nextInt(32)];
        }
        return prefix + "_" + new String(chars);
    }
}
