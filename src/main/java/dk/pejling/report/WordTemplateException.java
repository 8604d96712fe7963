package dk.pejling.report;

/**
 * The configured Word template cannot be used. Its message names the setting, the path and what is
 * wrong, so an administrator can correct it without reading a stack trace.
 */
public class WordTemplateException extends IllegalStateException {

    private final String path;

    WordTemplateException(String path, String problem) {
        this(path, problem, null);
    }

    WordTemplateException(String path, String problem, Throwable cause) {
        super("The Word template in " + WordTemplate.PROPERTY + " (" + path + ") cannot be used: " + problem, cause);
        this.path = path;
    }

    /** The configured path as given. */
    public String path() {
        return path;
    }
}
