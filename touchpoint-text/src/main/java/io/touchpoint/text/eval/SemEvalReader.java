package io.touchpoint.text.eval;

import io.touchpoint.text.SentimentLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads SemEval-2014 Task 4 and SemEval-2015 Task 12 aspect-based sentiment XML files.
 *
 * <p>Sentence labels follow shared/data/reviews-dev/README.md: any "conflict", or both positive and negative
 * opinions, excludes the sentence; else any positive makes it positive; else any negative makes it negative; else
 * neutral. In the 2015 format a sentence with no opinion at all is neutral and an OutOfScope sentence is excluded.
 */
public final class SemEvalReader {

    /** One opinion or aspect category of a sentence. */
    public record Opinion(String category, String polarity) {
    }

    /**
     * One sentence.
     *
     * @param label sentence label by the rule above; null when the sentence is excluded
     * @param reviewId id of the review the sentence belongs to (the 2015 format's {@code <Review rid>}); null when
     *     the file does not group sentences into reviews (2014)
     */
    public record Sentence(String id, String text, List<Opinion> opinions, SentimentLabel label, boolean format2015,
            String reviewId) {
    }

    private SemEvalReader() {
    }

    public static boolean looksLikeSemEval(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            return s.contains("<sentences") || s.contains("<Reviews");
        }
    }

    public static List<Sentence> read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a SemEval XML file: " + file + ": " + e.getMessage(), e);
        }
        boolean is2015 = doc.getElementsByTagName("Opinion").getLength() > 0
                || doc.getElementsByTagName("Review").getLength() > 0;
        NodeList sentences = doc.getElementsByTagName("sentence");
        List<Sentence> out = new ArrayList<>(sentences.getLength());
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id");
            NodeList texts = s.getElementsByTagName("text");
            if (texts.getLength() == 0) {
                continue;
            }
            String text = texts.item(0).getTextContent();
            List<Opinion> opinions = new ArrayList<>();
            NodeList cats = s.getElementsByTagName(is2015 ? "Opinion" : "aspectCategory");
            for (int c = 0; c < cats.getLength(); c++) {
                Element e = (Element) cats.item(c);
                opinions.add(new Opinion(e.getAttribute("category"), e.getAttribute("polarity")));
            }
            boolean outOfScope = "TRUE".equalsIgnoreCase(s.getAttribute("OutOfScope"));
            SentimentLabel label = outOfScope ? null : label(opinions, is2015);
            out.add(new Sentence(id, text, List.copyOf(opinions), label, is2015, reviewId(s)));
        }
        return out;
    }

    private static String reviewId(Element sentence) {
        for (Node n = sentence.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && e.getTagName().equals("Review")) {
                return e.getAttribute("rid");
            }
        }
        return null;
    }

    static SentimentLabel label(List<Opinion> opinions, boolean is2015) {
        boolean pos = false;
        boolean neg = false;
        boolean conflict = false;
        for (Opinion o : opinions) {
            switch (o.polarity()) {
                case "positive" -> pos = true;
                case "negative" -> neg = true;
                case "conflict" -> conflict = true;
                default -> {
                }
            }
        }
        if (conflict || (pos && neg)) {
            return null;
        }
        if (pos) {
            return SentimentLabel.POSITIVE;
        }
        if (neg) {
            return SentimentLabel.NEGATIVE;
        }
        if (opinions.isEmpty() && !is2015) {
            return null;
        }
        return SentimentLabel.NEUTRAL;
    }
}
