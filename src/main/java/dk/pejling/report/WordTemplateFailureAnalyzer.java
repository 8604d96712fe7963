package dk.pejling.report;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad Word template setting into Spring Boot's short start-up report instead of a stack trace. */
public class WordTemplateFailureAnalyzer extends AbstractFailureAnalyzer<WordTemplateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WordTemplateException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + WordTemplate.PROPERTY + " to the path of a readable Word document (.docx),"
                        + " or remove the setting to use Pejling's own template.",
                cause);
    }
}
