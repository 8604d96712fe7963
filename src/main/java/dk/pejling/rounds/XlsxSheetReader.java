package dk.pejling.rounds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.Enumeration;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX file as rows of text with the JDK's streaming XML parser, so
 * memory stays bounded by the limits: every byte inflated from the zip is counted (a zip bomb stops
 * at the limit, whatever its headers claim), DTDs and external entities are refused (no XXE), and
 * rows past the row limit stop the reading. Styles are not read: the caller knows which columns hold
 * dates and reads a number there as a date serial.
 */
final class XlsxSheetReader {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELS = "xl/_rels/workbook.xml.rels";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final UploadLimits limits;
    private final XMLInputFactory xml;

    XlsxSheetReader(UploadLimits limits) {
        this.limits = limits;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    List<SheetRow> read(byte[] file) {
        Map<String, byte[]> parts = unzip(file);
        if (!parts.containsKey(WORKBOOK)) {
            throw new UnreadableFileException("Filen er ikke et Excel-regneark (.xlsx).");
        }
        String sheet = firstSheet(parts);
        byte[] sheetXml = parts.get(sheet);
        if (sheetXml == null) {
            throw new UnreadableFileException("Regnearket mangler sit første ark (" + sheet + ").");
        }
        List<String> strings = parts.containsKey(STRINGS) ? sharedStrings(parts.get(STRINGS)) : List.of();
        return rows(sheetXml, strings);
    }

    /**
     * The parts needed, read through a counter of inflated bytes. The zip is read by its central
     * directory (from a temporary file, removed at once): spreadsheet writers that stream, such as
     * fastexcel, leave the sizes out of the entries' local headers.
     */
    private Map<String, byte[]> unzip(byte[] file) {
        Map<String, byte[]> parts = new HashMap<>();
        long inflated = 0;
        byte[] buffer = new byte[8192];
        Path temp = null;
        try {
            temp = Files.createTempFile("pejling-upload-", ".xlsx");
            Files.write(temp, file);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                if (zip.size() > limits.maxZipEntries()) {
                    throw new UnreadableFileException("Regnearket har for mange dele (over " + limits.maxZipEntries() + ").");
                }
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    boolean wanted = name.equals(WORKBOOK) || name.equals(RELS) || name.equals(STRINGS)
                            || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                    if (!wanted) {
                        continue; // never inflated
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            inflated += n;
                            if (inflated > limits.maxInflatedBytes()) {
                                throw new UnreadableFileException("Regnearket fylder over " + (limits.maxInflatedBytes() >> 20)
                                        + " MB udpakket og afvises. Del det op i flere filer.");
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException("Filen er ikke et Excel-regneark (.xlsx), eller den er beskadiget.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleared by the system
                }
            }
        }
        return parts;
    }

    /** The path of the workbook's first sheet, through the workbook's relationships. */
    private String firstSheet(Map<String, byte[]> parts) {
        String relId = null;
        try {
            XMLStreamReader r = open(parts.get(WORKBOOK));
            while (r.hasNext() && relId == null) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    relId = r.getAttributeValue(REL_NS, "id");
                }
            }
            if (relId != null && parts.containsKey(RELS)) {
                XMLStreamReader rels = open(parts.get(RELS));
                while (rels.hasNext()) {
                    if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")
                            && relId.equals(rels.getAttributeValue(null, "Id"))) {
                        String target = rels.getAttributeValue(null, "Target");
                        if (target.startsWith("/")) {
                            return target.substring(1);
                        }
                        return "xl/" + target;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw unreadableXml(e);
        }
        return "xl/worksheets/sheet1.xml";
    }

    private List<String> sharedStrings(byte[] part) {
        List<String> out = new ArrayList<>();
        try {
            XMLStreamReader r = open(part);
            StringBuilder current = null;
            int depthInPhonetic = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> depthInPhonetic++;
                        case "t" -> {
                            if (current != null && depthInPhonetic == 0) {
                                append(current, r.getElementText());
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si") && current != null) {
                        out.add(current.toString());
                        current = null;
                    } else if (r.getLocalName().equals("rPh")) {
                        depthInPhonetic--;
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw dtd();
                }
            }
        } catch (XMLStreamException e) {
            throw unreadableXml(e);
        }
        return out;
    }

    private List<SheetRow> rows(byte[] part, List<String> strings) {
        List<SheetRow> rows = new ArrayList<>();
        try {
            XMLStreamReader r = open(part);
            int rowNumber = 0;
            List<SheetRow.@Nullable Cell> cells = null;
            int column = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw dtd();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("row")) {
                        String at = r.getAttributeValue(null, "r");
                        rowNumber = at == null ? rowNumber + 1 : Integer.parseInt(at);
                        cells = new ArrayList<>();
                        column = -1;
                    } else if (name.equals("c") && cells != null) {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : columnOf(ref);
                        SheetRow.Cell cell = cell(r, r.getAttributeValue(null, "t"), strings);
                        if (column < limits.maxColumns() && cell != null) {
                            while (cells.size() <= column) {
                                cells.add(null);
                            }
                            cells.set(column, cell);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row") && cells != null) {
                    SheetRow row = new SheetRow(rowNumber, cells);
                    if (!row.isBlank()) {
                        if (rows.size() >= limits.maxRows() + 1) { // the header and maxRows rows
                            throw new UnreadableFileException("Regnearket har over " + limits.maxRows()
                                    + " rækker. Del det op i flere filer.");
                        }
                        rows.add(row);
                    }
                    cells = null;
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new UnreadableFileException("Regnearkets første ark kan ikke læses: det er beskadiget.");
        }
        return rows;
    }

    /** The cell under the reader (at its start tag); the reader ends at the cell's end tag. */
    private SheetRow.@Nullable Cell cell(XMLStreamReader r, @Nullable String type, List<String> strings)
            throws XMLStreamException {
        StringBuilder v = null;
        StringBuilder inline = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v" -> v = append(new StringBuilder(), r.getElementText());
                    case "t" -> inline = append(inline == null ? new StringBuilder() : inline, r.getElementText());
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : new SheetRow.Cell(inline.toString(), false);
        }
        if (v == null) {
            return null;
        }
        String text = v.toString();
        if ("s".equals(type)) {
            int index = Integer.parseInt(text.strip());
            if (index < 0 || index >= strings.size()) {
                throw new UnreadableFileException("Regnearket henviser til en tekst, det ikke har: det er beskadiget.");
            }
            return new SheetRow.Cell(strings.get(index), false);
        }
        if ("b".equals(type)) {
            return new SheetRow.Cell(text.strip().equals("1") ? "SAND" : "FALSK", false);
        }
        if (type == null || "n".equals(type)) {
            try {
                BigDecimal number = new BigDecimal(text.strip());
                return new SheetRow.Cell(number.stripTrailingZeros().toPlainString(), true);
            } catch (NumberFormatException e) {
                return new SheetRow.Cell(text, false);
            }
        }
        return new SheetRow.Cell(text, false); // str (a formula's text), e (an error such as #N/A)
    }

    private StringBuilder append(StringBuilder to, String text) {
        if (to.length() + text.length() > limits.maxCellChars()) {
            throw new UnreadableFileException("En celle i regnearket har over " + limits.maxCellChars() + " tegn.");
        }
        return to.append(text);
    }

    private XMLStreamReader open(byte[] part) throws XMLStreamException {
        return xml.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** The column index of a cell reference: B5 is 1. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > 16_384) {
                throw new NumberFormatException(ref);
            }
        }
        return column - 1;
    }

    private static UnreadableFileException dtd() {
        return new UnreadableFileException(
                "Regnearket indeholder en dokumenttypedefinition (DTD); det tillades ikke af sikkerhedshensyn.");
    }

    private static UnreadableFileException unreadableXml(XMLStreamException e) {
        return new UnreadableFileException("Regnearket kan ikke læses: det er beskadiget, eller det henviser til"
                + " eksterne definitioner, som ikke tillades.");
    }
}
