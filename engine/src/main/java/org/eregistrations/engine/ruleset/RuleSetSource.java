package org.eregistrations.engine.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.eregistrations.engine.model.ServiceModel;

/**
 * What a ruleset version is compiled from: a service's catalogue facts and its DRL files, and a fingerprint of
 * everything else of its bundle (labels, steps, scenarios…) so that any change of the bundle is a new version.
 */
public record RuleSetSource(ServiceModel model, List<RuleFile> files, String bundleFingerprint) {
    public RuleSetSource {
        Objects.requireNonNull(model, "model must not be null");
        files = List.copyOf(files);
        bundleFingerprint = bundleFingerprint == null ? "" : bundleFingerprint;
    }

    /** A source without a bundle around it, as in tests and generated services. */
    public RuleSetSource(ServiceModel model, List<RuleFile> files) {
        this(model, files, "");
    }

    public String serviceId() {
        return model.serviceId();
    }

    /**
     * SHA-256 over the core rules, the service id, the catalogue facts, every rule file and the bundle's fingerprint:
     * equal content, equal version; a new engine's core rules make a new version too.
     */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, RuleSetCompiler.coreRules());
            update(digest, bundleFingerprint);
            update(digest, model.serviceId());
            model.facts().forEach(fact -> update(digest, fact.toString()));
            files.stream().sorted((a, b) -> a.path().compareTo(b.path())).forEach(file -> {
                update(digest, file.path());
                update(digest, file.content());
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
