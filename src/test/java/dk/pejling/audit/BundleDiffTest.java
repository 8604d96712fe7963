package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BundleDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void namesListElementsByIdAndPeriodAndGivesOldAndNewValues() {
        var before = JSON.readTree("""
                {"title":"A","initiatives":[{"id":"i1","goals":[{"id":"g1","results":[{"period":2019,"value":5},{"period":2020,"value":7}]}]}]}""");
        var after = JSON.readTree("""
                {"title":"B","initiatives":[{"id":"i1","goals":[{"id":"g1","results":[{"period":2019,"value":5},{"period":2020,"value":8,"text":"Rettet"}]}]}]}""");
        assertThat(BundleDiff.between(before, after)).containsExactly(
                new BundleDiff.Change("", "title", "A", "B"),
                new BundleDiff.Change("initiatives[i1].goals[g1].results[2020]", "value", "7", "8"),
                new BundleDiff.Change("initiatives[i1].goals[g1].results[2020]", "text", null, "Rettet"));
    }

    @Test
    void givesAWholeAddedOrRemovedElementAsJson() {
        var before = JSON.readTree("{\"goals\":[{\"id\":\"g1\"}]}");
        var after = JSON.readTree("{\"goals\":[{\"id\":\"g1\"},{\"id\":\"g2\",\"text\":\"Nyt\"}]}");
        assertThat(BundleDiff.between(before, after))
                .containsExactly(new BundleDiff.Change("", "goals[g2]", null, "{\"id\":\"g2\",\"text\":\"Nyt\"}"));
    }

    @Test
    void fallsBackToPositionsWhereElementsHaveNoKey() {
        var before = JSON.readTree("{\"levels\":[\"Område\",\"Indsats\"]}");
        var after = JSON.readTree("{\"levels\":[\"Område\",\"Tiltag\"]}");
        assertThat(BundleDiff.between(before, after)).containsExactly(new BundleDiff.Change("", "levels[1]", "Indsats", "Tiltag"));
    }
}
