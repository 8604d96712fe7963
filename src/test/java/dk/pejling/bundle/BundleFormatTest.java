package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An upload's media type or file name tells which spelling of the bundle it is. */
class BundleFormatTest {

    @ParameterizedTest
    @CsvSource({
        "application/json, JSON",
        "application/json; charset=UTF-8, JSON",
        "APPLICATION/JSON, JSON",
        "application/vnd.pejling.plan+json, JSON",
        "application/yaml, YAML",
        "application/x-yaml, YAML",
        "text/yaml; charset=utf-8, YAML",
        "text/x-yaml, YAML",
    })
    void recognisesMediaType(String mediaType, BundleFormat format) {
        assertThat(BundleFormat.fromMediaType(mediaType)).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "json", "", "*/*"})
    void recognisesNoOtherMediaType(String mediaType) {
        assertThat(BundleFormat.fromMediaType(mediaType)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"plan.json, JSON", "Plan.JSON, JSON", "plan.yaml, YAML", "plan.yml, YAML", "kk-2019.YML, YAML"})
    void recognisesFileName(String fileName, BundleFormat format) {
        assertThat(BundleFormat.fromFileName(fileName)).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.txt", "plan.json.zip", "yaml", "plan"})
    void recognisesNoOtherFileName(String fileName) {
        assertThat(BundleFormat.fromFileName(fileName)).isEmpty();
    }
}
