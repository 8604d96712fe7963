package dk.pejling.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word list numbering for one document: a bullet list definition shared by every bulleted list and
 * a numbered one of which each list gets its own instance starting at 1 (in Word, lists that share
 * a numbering instance count on from each other). Ids are chosen above the template's own.
 */
final class WordLists {

    private final XWPFDocument doc;
    private @Nullable BigInteger bullets;
    private @Nullable BigInteger numberedDefinition;

    WordLists(XWPFDocument doc) {
        this.doc = doc;
    }

    BigInteger bullets() {
        if (bullets == null) {
            BigInteger definition = define(STNumberFormat.BULLET, "\u2022");
            bullets = numbering().addNum(definition);
        }
        return bullets;
    }

    BigInteger numbered() {
        if (numberedDefinition == null) {
            numberedDefinition = define(STNumberFormat.DECIMAL, "%1.");
        }
        BigInteger num = numbering().addNum(numberedDefinition);
        CTNumLvl restart = numbering().getNum(num).getCTNum().addNewLvlOverride();
        restart.setIlvl(BigInteger.ZERO);
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        return num;
    }

    private XWPFNumbering numbering() {
        return doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    }

    private BigInteger define(STNumberFormat.Enum format, String text) {
        XWPFNumbering numbering = numbering();
        BigInteger id = BigInteger.ZERO;
        for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
            BigInteger used = existing.getCTAbstractNum().getAbstractNumId();
            if (used != null && used.compareTo(id) >= 0) {
                id = used.add(BigInteger.ONE);
            }
        }
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(id);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}
