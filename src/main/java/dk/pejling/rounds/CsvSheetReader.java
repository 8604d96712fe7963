package dk.pejling.rounds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file as rows of text: fields separated by semicolons (as Danish Excel writes them) or
 * commas, whichever the header line uses; quoted fields may hold separators, quotes ({@code ""}) and
 * line breaks. The text is UTF-8 (with or without a byte order mark) or, where it is not valid
 * UTF-8, Windows-1252, which Danish Excel uses for "CSV (semikolonsepareret)".
 */
final class CsvSheetReader {

    private final UploadLimits limits;

    CsvSheetReader(UploadLimits limits) {
        this.limits = limits;
    }

    List<SheetRow> read(byte[] file) {
        String text = decode(file);
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<SheetRow.@Nullable Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int record = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                add(cells, field);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(cells, field);
                wasQuoted = false;
                record = end(rows, cells, record);
                cells = new ArrayList<>();
            } else {
                field.append(c);
            }
            if (field.length() > limits.maxCellChars()) {
                throw new UnreadableFileException("Række " + record + " har en celle med over " + limits.maxCellChars()
                        + " tegn" + (quoted ? " (mangler der et afsluttende anførselstegn?)" : "") + ".");
            }
        }
        if (quoted) {
            throw new UnreadableFileException("Række " + record + ": et felt i anførselstegn slutter aldrig.");
        }
        if (!field.isEmpty() || !cells.isEmpty()) {
            add(cells, field);
            end(rows, cells, record);
        }
        return rows;
    }

    private void add(List<SheetRow.@Nullable Cell> cells, StringBuilder field) {
        if (cells.size() < limits.maxColumns()) {
            cells.add(field.isEmpty() ? null : new SheetRow.Cell(field.toString(), false));
        }
        field.setLength(0);
    }

    private int end(List<SheetRow> rows, List<SheetRow.@Nullable Cell> cells, int record) {
        SheetRow row = new SheetRow(record, cells);
        if (!row.isBlank()) {
            if (rows.size() >= limits.maxRows() + 1) {
                throw new UnreadableFileException("Filen har over " + limits.maxRows() + " rækker. Del den op i flere filer.");
            }
            rows.add(row);
        }
        return record + 1;
    }

    static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xff) == 0xef && (file[1] & 0xff) == 0xbb && (file[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(file, start, file.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The separator the first line uses most outside quotes: a semicolon, a comma or a tab. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
