package dk.pejling.system;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facts an installation keeps across starts, such as whether the demo plans were loaded once. */
@Component
public class InstallationSettings {

    private final JdbcClient jdbc;

    InstallationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return jdbc.sql("select setting_value from installation_setting where setting_key = :k")
                .param("k", key)
                .query(String.class)
                .optional();
    }

    @Transactional
    public void put(String key, String value) {
        int updated = jdbc.sql("update installation_setting set setting_value = :v where setting_key = :k")
                .param("k", key)
                .param("v", value)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into installation_setting (setting_key, setting_value) values (:k, :v)")
                    .param("k", key)
                    .param("v", value)
                    .update();
        }
    }
}
