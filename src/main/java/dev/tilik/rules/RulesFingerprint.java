package dev.tilik.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the rule files as read, in the order read: each file's name, its length and its
 * bytes, so that renaming, moving bytes between files or editing any of them changes it.
 */
final class RulesFingerprint {
    private final MessageDigest digest;

    RulesFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Adds one file's name and bytes; returns the bytes for parsing. */
    byte[] add(String name, byte[] bytes) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        digest.update(longBytes(n.length));
        digest.update(n);
        digest.update(longBytes(bytes.length));
        digest.update(bytes);
        return bytes;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
