package org.eregistrations.web.configure;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eregistrations.web.services.BundleFiles;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.services.PublishedServices.PublishedService;
import org.eregistrations.web.services.RuleSetVersions;

/** Two stored versions of a service compared: their files line by line, their rules by name, their catalogues entry by entry. */
@ApplicationScoped
public class VersionDiff {
    private final RuleSetVersions versions;
    private final PublishedServices services;
    private final ObjectMapper json;

    VersionDiff(RuleSetVersions versions, PublishedServices services, ObjectMapper json) {
        this.versions = versions;
        this.services = services;
        this.json = json;
    }

    /** What differs from one version to the other. */
    public record Differences(
            String from,
            String to,
            List<FileDiff.ChangedFile> files,
            List<RuleDiff.ChangedRule> rules,
            List<CatalogueDiff.ChangedEntry> catalogue) {
        public boolean none() {
            return files.isEmpty();
        }
    }

    /** The differences of two stored versions of a service; empty when either is not stored. */
    Optional<Differences> compare(String serviceId, String from, String to) {
        Optional<BundleFiles> before = versions.readBundle(serviceId, from);
        Optional<BundleFiles> after = versions.readBundle(serviceId, to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        PublishedService old = services.findVersion(serviceId, from).orElseThrow();
        PublishedService now = services.findVersion(serviceId, to).orElseThrow();
        return Optional.of(new Differences(
                from,
                to,
                FileDiff.compare(before.get().files(), after.get().files()),
                RuleDiff.compare(before.get().files(), after.get().files()),
                CatalogueDiff.compare(old.catalogue(), now.catalogue(), json)));
    }
}
