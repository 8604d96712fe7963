package dk.pejling.plan;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A node of the plan's tree: a guiding mark, theme, focus area or category, named by the plan's levels. */
public record Section(
        String id,
        @Nullable String number,
        String title,
        @Nullable String text,
        List<TitledText> texts,
        List<Goal> goals,
        List<Section> sections,
        List<Initiative> initiatives,
        List<Funding> funding,
        List<Report> reports) {

    /** The same section with each initiative of its subtree passed through {@code change}. */
    Section withInitiatives(UnaryOperator<Initiative> change) {
        return new Section(id, number, title, text, texts, goals,
                sections.stream().map(s -> s.withInitiatives(change)).toList(),
                initiatives.stream().map(change).toList(), funding, reports);
    }

    void visit(Consumer<Section> visitor) {
        visitor.accept(this);
        sections.forEach(s -> s.visit(visitor));
    }
}
