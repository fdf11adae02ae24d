package io.skyrack.core.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.StrictJsonParser;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.JsonPointer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads CelesTrak's general-perturbations data in its OMM layouts, {@code FORMAT=json} (an array of objects
 * with the CCSDS OMM keywords OBJECT_NAME, OBJECT_ID, EPOCH, MEAN_MOTION, ECCENTRICITY, INCLINATION,
 * RA_OF_ASC_NODE, ARG_OF_PERICENTER, MEAN_ANOMALY, EPHEMERIS_TYPE, CLASSIFICATION_TYPE, NORAD_CAT_ID,
 * ELEMENT_SET_NO, REV_AT_EPOCH, BSTAR, MEAN_MOTION_DOT, MEAN_MOTION_DDOT) and {@code FORMAT=xml} (CCSDS OMM
 * XML, one {@code <omm>} per object, usually inside an {@code <ndm>} wrapper), and converts each record to a
 * TLE entry.
 *
 * <p>The JSON goes through the project's {@link StrictJsonParser} (syntax errors and duplicate keys located
 * by line and column); numbers may also be given as numeric strings, as Space-Track does. The XML is read
 * by a SAX parser with document type declarations refused; a field's location is where its start tag ends.
 * Required per record: NORAD_CAT_ID, EPOCH, MEAN_MOTION, ECCENTRICITY, INCLINATION, RA_OF_ASC_NODE,
 * ARG_OF_PERICENTER, MEAN_ANOMALY and BSTAR; the others default (OBJECT_NAME to {@code "NORAD <id>"},
 * MEAN_MOTION_DOT and MEAN_MOTION_DDOT to 0, EPHEMERIS_TYPE 0, CLASSIFICATION_TYPE U, ELEMENT_SET_NO 999,
 * REV_AT_EPOCH 0). Other keywords are ignored. Records with errors are left out; the rest import.
 * Thread-safe.
 */
public final class OmmImport {

    private final OrekitContext orekit;

    /** @param orekit Orekit data (for the UTC time scale of the epochs) */
    public OmmImport(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /**
     * @param text CelesTrak JSON or XML text; the format is recognised by its first non-blank character
     * @return the element sets and the problems found
     */
    public ImportedElements read(String text) {
        return text.stripLeading().startsWith("<") ? readXml(text) : readJson(text);
    }

    /**
     * @param text CelesTrak {@code FORMAT=json} text: an array of records, or a single record object
     * @return the element sets and the problems found
     */
    public ImportedElements readJson(String text) {
        StrictJsonParser.Result parsed = StrictJsonParser.parseObjectOrArray(text);
        List<Finding> findings = new ArrayList<>(parsed.findings());
        List<TleEntry> entries = new ArrayList<>();
        JsonNode root = parsed.root();
        if (root == null) {
            return new ImportedElements(entries, findings);
        }
        List<String> pointers = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                pointers.add(JsonPointer.child("", i));
            }
        } else {
            pointers.add("");
        }
        if (pointers.isEmpty()) {
            findings.add(Finding.error("", "omm.none", "the array holds no record").at(1, 1));
        }
        for (String ptr : pointers) {
            JsonNode rec = root.isArray() ? root.get(Integer.parseInt(ptr.substring(1))) : root;
            int[] at = parsed.locate(ptr);
            if (!rec.isObject()) {
                findings.add(Finding.error(ptr, "omm.record", "a record must be a JSON object ({…})").at(at[0], at[1]));
                continue;
            }
            Map<String, OmmRecordConverter.Value> fields = new HashMap<>();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                int[] loc = parsed.locate(JsonPointer.child(ptr, f.getKey()));
                if (v.isNumber() || v.isTextual()) {
                    fields.put(f.getKey(), new OmmRecordConverter.Value(v.asText(), loc[0], loc[1]));
                } else if (!v.isNull() && OmmRecordConverter.REQUIRED.contains(f.getKey())) {
                    findings.add(Finding.error(JsonPointer.child(ptr, f.getKey()), "omm.type", f.getKey()
                            + " must be a number or a string").at(loc[0], loc[1]));
                    ok = false;
                }
            }
            List<Finding> mine = new ArrayList<>();
            Optional<TleEntry> entry = new OmmRecordConverter(orekit.utc(), mine, ptr, fields, at[0], at[1])
                    .convert();
            if (ok) {
                entry.ifPresent(entries::add);
            }
            findings.addAll(mine);
        }
        return new ImportedElements(entries, findings);
    }

    /**
     * @param text CelesTrak {@code FORMAT=xml} text: CCSDS OMM XML, {@code <omm>} elements at any depth
     * @return the element sets and the problems found
     */
    public ImportedElements readXml(String text) {
        List<Finding> findings = new ArrayList<>();
        OmmHandler handler = new OmmHandler();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new InputSource(new StringReader(text)), handler);
        } catch (SAXParseException e) {
            findings.add(Finding.error("", "xml.syntax", "XML error: " + e.getMessage())
                    .at(Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())));
        } catch (SAXException | ParserConfigurationException e) {
            findings.add(Finding.error("", "xml.syntax", "XML error: " + e.getMessage()));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string failed", e);
        }
        List<TleEntry> entries = new ArrayList<>();
        if (handler.records.isEmpty() && findings.isEmpty()) {
            findings.add(Finding.error("", "omm.none", "the document holds no <omm> element").at(1, 1));
        }
        for (int r = 0; r < handler.records.size(); r++) {
            XmlRecord rec = handler.records.get(r);
            List<Finding> mine = new ArrayList<>();
            new OmmRecordConverter(orekit.utc(), mine, "/" + r, rec.fields, rec.line, rec.column).convert()
                    .ifPresent(entries::add);
            findings.addAll(mine);
        }
        return new ImportedElements(entries, findings);
    }

    /** Fields of one {@code <omm>} element. */
    private static final class XmlRecord {
        final Map<String, OmmRecordConverter.Value> fields = new LinkedHashMap<>();
        final int line;
        final int column;

        XmlRecord(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** Collects the text of every leaf element inside each {@code <omm>}. */
    private static final class OmmHandler extends DefaultHandler {
        final List<XmlRecord> records = new ArrayList<>();
        private Locator locator;
        private XmlRecord current;
        private final StringBuilder text = new StringBuilder();
        private int leafLine;
        private int leafColumn;

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = local(qName);
            if (name.equals("omm")) {
                current = new XmlRecord(locator.getLineNumber(), locator.getColumnNumber());
                records.add(current);
            }
            text.setLength(0);
            leafLine = locator.getLineNumber();
            leafColumn = locator.getColumnNumber();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = local(qName);
            if (name.equals("omm")) {
                current = null;
            } else if (current != null && !text.toString().isBlank()) {
                current.fields.putIfAbsent(name, new OmmRecordConverter.Value(text.toString(), leafLine, leafColumn));
            }
            text.setLength(0);
        }

        private static String local(String qName) {
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
