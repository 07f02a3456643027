package org.semossjdbc.emulator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user the emulator knows: how it logs in and what it may do per engine. Credentials are never logged.
 * Permission overrides live in a concurrent map, so grants may change while requests run.
 */
final class UserAccount {

    private final String username;
    private volatile String displayName;
    private volatile String email;
    private final String password;
    private final String accessKey;
    private final String secretKey;
    private final String bearerToken;
    private final String bearerProvider;
    private final SemossEmulator.Permission defaultPermission;
    private final Map<String, SemossEmulator.Permission> engineGrants = new ConcurrentHashMap<>();
    private final Set<String> revokedEngines = ConcurrentHashMap.newKeySet();
    private final Set<String> hiddenEngines = ConcurrentHashMap.newKeySet();

    private UserAccount(String username, String displayName, String email, String password, String accessKey,
                        String secretKey, String bearerToken, String bearerProvider,
                        SemossEmulator.Permission defaultPermission) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.password = password;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.bearerToken = bearerToken;
        this.bearerProvider = bearerProvider;
        this.defaultPermission = defaultPermission;
        SecretLedger.remember(password);
        SecretLedger.rememberAccessKey(accessKey, secretKey);
        SecretLedger.remember(bearerToken);
    }

    static UserAccount withAccessKey(String username, String accessKey, String secretKey,
                                     SemossEmulator.Permission permission) {
        return new UserAccount(username, username, null, null, accessKey, secretKey, null, null, permission);
    }

    static UserAccount nativeUser(String username, String displayName, String email, String password,
                                  SemossEmulator.Permission permission) {
        return new UserAccount(username, displayName, email, password, null, null, null, null, permission);
    }

    static UserAccount withBearer(String username, String token, String provider,
                                  SemossEmulator.Permission permission) {
        return new UserAccount(username, username, null, null, null, null, token, provider, permission);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    /** May be null: Gson leaves null values out of the login answer. */
    String email() {
        return email;
    }

    /** Sets the name and e-mail that /config, login answers and whoami show. */
    void profile(String newDisplayName, String newEmail) {
        this.displayName = newDisplayName;
        this.email = newEmail;
    }

    boolean matchesPassword(String candidate) {
        return password != null && password.equals(candidate);
    }

    boolean matchesAccessKey(String key, String secret) {
        return accessKey != null && accessKey.equals(key) && secretKey.equals(secret);
    }

    boolean matchesBearer(String token, String provider) {
        return bearerToken != null && bearerToken.equals(token)
                && (provider == null || bearerProvider == null || bearerProvider.equalsIgnoreCase(provider));
    }

    /** The login provider as /config names it: {@code Native} for keys and passwords, else the bearer provider. */
    String providerName() {
        if (bearerToken == null || bearerProvider == null || bearerProvider.isEmpty()) {
            return "Native";
        }
        return Character.toUpperCase(bearerProvider.charAt(0)) + bearerProvider.substring(1).toLowerCase();
    }

    void grant(String engineId, SemossEmulator.Permission permission) {
        revokedEngines.remove(engineId);
        engineGrants.put(engineId, permission);
    }

    /** Takes every permission on the engine away, the default one included. */
    void revoke(String engineId) {
        engineGrants.remove(engineId);
        revokedEngines.add(engineId);
    }

    /**
     * Shows or hides an engine in this user's own catalog ({@code setEngineVisibility}); the permission stays, so
     * {@code Database(...)} still accepts a hidden engine while {@code MyEngines} leaves it out.
     */
    void visibility(String engineId, boolean visible) {
        if (visible) {
            hiddenEngines.remove(engineId);
        } else {
            hiddenEngines.add(engineId);
        }
    }

    /** Whether the user hid the engine from their catalog. */
    boolean hides(String engineId) {
        return hiddenEngines.contains(engineId);
    }

    /** The user's permission on one engine, empty when the user may not even see it. */
    Optional<SemossEmulator.Permission> permissionOn(String engineId) {
        if (revokedEngines.contains(engineId)) {
            return Optional.empty();
        }
        SemossEmulator.Permission granted = engineGrants.get(engineId);
        return Optional.ofNullable(granted != null ? granted : defaultPermission);
    }

    boolean canEdit(String engineId) {
        return permissionOn(engineId).map(p -> p != SemossEmulator.Permission.READ_ONLY).orElse(false);
    }
}
