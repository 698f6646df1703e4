package org.eregistrations.web.configure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eregistrations.web.AppConfig;
import org.eregistrations.web.services.ActivationGate;
import org.jboss.logging.Logger;

/**
 * Activates a bundle when a configurator edits its folder: each changed folder goes through the activation gate. A
 * deleted folder changes nothing but a log line ({@link #removedMessage}).
 */
@ApplicationScoped
public class RulesFolderWatcher {
    private static final Logger LOG = Logger.getLogger(RulesFolderWatcher.class);

    private final AppConfig config;
    private final ActivationGate gate;
    private ScheduledExecutorService poller;

    RulesFolderWatcher(AppConfig config, ActivationGate gate) {
        this.config = config;
        this.gate = gate;
    }

    void start(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (config.watchIntervalMillis() <= 0) {
            return;
        }
        FolderWatch watch = new FolderWatch(Path.of(config.rulesDir()));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rules-folder-watcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(
                () -> {
                    try {
                        for (Path dir : watch.changed()) {
                            var attempt = gate.submitFolder(dir, "folder");
                            LOG.infof("%s changed: activation attempt %s", dir, attempt.id());
                        }
                        watch.removed().forEach(dir -> LOG.warn(removedMessage(dir)));
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "watching %s failed", config.rulesDir());
                    }
                },
                config.watchIntervalMillis(),
                config.watchIntervalMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * What deleting a bundle folder does: nothing to the service. Its active version keeps serving (it is stored in
     * the database, and other instances serve it too), so a folder deleted by mistake, or while it is being replaced,
     * never takes a service offline; only retiring it on the configuration page or API stops new files.
     */
    static String removedMessage(Path dir) {
        String service = dir.getFileName().toString();
        return dir + " was removed: service '" + service + "' keeps serving its active version; to stop new files"
                + " retire it on the configuration page or with POST /api/rulesets/" + service + "/retire";
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
