package dk.pejling.report;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields that the word processor fills in when it lays the pages out, such as the page number
 * and the number of pages in "Side 2 af 5". Written as complex fields (begin, instruction, separate,
 * result, end), which Word and LibreOffice both update.
 */
final class WordFields {

    private WordFields() {}

    /** "Side X af Y" with X and Y as PAGE and NUMPAGES fields. */
    static void pageOfPages(XWPFParagraph paragraph) {
        paragraph.createRun().setText("Side ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" af ");
        field(paragraph, "NUMPAGES");
    }

    static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR code = paragraph.createRun().getCTR();
        code.addNewInstrText().setStringValue(" " + instruction + " ");
        code.getInstrTextArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
