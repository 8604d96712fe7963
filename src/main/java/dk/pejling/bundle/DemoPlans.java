package dk.pejling.bundle;

import dk.pejling.system.InstallationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the five Copenhagen plans (the seeds) through the bundle importer on a first start, so
 * that a new installation has something real to show. Never again after that, even if the plans
 * are deleted; never when {@code PEJLING_DEMO=false}.
 */
@Component
@Order(10)
class DemoPlans implements ApplicationRunner {

    static final List<String> PLAN_IDS = List.of(
            "kk-integrationshandleplan-2019-22",
            "kk-beskaeftigelsesaftale-2009",
            "kk-bruttokatalog-integrationshandleplan-2019-22",
            "kk-biu-handleplan-beskaeftigelse-integration",
            "kk-jobkonsulentpulje-2007");
    private static final String LOADED = "demo-plans-loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final BundleImporter importer;
    private final InstallationSettings settings;
    private final boolean enabled;

    DemoPlans(BundleImporter importer, InstallationSettings settings, @Value("${pejling.demo:true}") boolean enabled) {
        this.importer = importer;
        this.settings = settings;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || settings.get(LOADED).isPresent()) {
            return;
        }
        int loaded = 0;
        for (String id : PLAN_IDS) {
            ClassPathResource resource = new ClassPathResource("demo/" + id + ".yaml");
            if (!resource.exists()) {
                continue;
            }
            importer.importBundle(read(resource), BundleFormat.YAML, true);
            loaded++;
        }
        settings.put(LOADED, "true");
        log.info("Loaded {} demo plans", loaded);
    }

    private static String read(ClassPathResource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
