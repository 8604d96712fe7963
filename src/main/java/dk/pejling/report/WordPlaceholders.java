package dk.pejling.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Replaces a placeholder such as {@code {{titel}}} in a header or footer. Word often splits what a
 * person typed over several runs (after a spelling check or an edit), so the placeholder is looked
 * for in the paragraph's text and the runs it covers are rewritten; runs holding a logo or a field
 * are left alone.
 */
final class WordPlaceholders {

    private WordPlaceholders() {}

    /** Replaces every occurrence in the body's paragraphs, including those in its tables; true if any. */
    static boolean replace(IBody body, String placeholder, String value) {
        boolean found = false;
        for (XWPFParagraph paragraph : paragraphs(body)) {
            while (replaceFirst(paragraph, placeholder, value)) {
                found = true;
            }
        }
        return found;
    }

    private static List<XWPFParagraph> paragraphs(IBody body) {
        List<XWPFParagraph> all = new ArrayList<>(body.getParagraphs());
        for (XWPFTable table : body.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(paragraphs(cell));
                }
            }
        }
        return all;
    }

    private static boolean replaceFirst(XWPFParagraph paragraph, String placeholder, String value) {
        List<XWPFRun> runs = paragraph.getRuns();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = text.length();
            text.append(textOf(runs.get(i).getCTR()));
        }
        int at = text.indexOf(placeholder);
        if (at < 0) {
            return false;
        }
        int end = at + placeholder.length();
        int first = runAt(starts, at);
        int last = runAt(starts, end - 1);
        for (int i = first; i <= last; i++) {
            String own = textOf(runs.get(i).getCTR());
            int from = Math.max(at - starts[i], 0);
            int to = Math.min(end - starts[i], own.length());
            String kept = own.substring(0, from) + (i == first ? value : "") + own.substring(to);
            setText(runs.get(i).getCTR(), kept);
        }
        return true;
    }

    private static int runAt(int[] starts, int position) {
        // The last run starting at or before the position holds it; runs without text (a field
        // mark, a picture) that start at the same place come before it and are passed over.
        int run = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= position) {
                run = i;
            }
        }
        return run;
    }

    private static String textOf(CTR run) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < run.sizeOfTArray(); i++) {
            text.append(run.getTArray(i).getStringValue());
        }
        return text.toString();
    }

    private static void setText(CTR run, String text) {
        while (run.sizeOfTArray() > 1) {
            run.removeT(run.sizeOfTArray() - 1);
        }
        if (run.sizeOfTArray() == 0) {
            run.addNewT();
        }
        run.getTArray(0).setStringValue(text);
        run.getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
}
