package org.dipnorm.importer.hsg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dipnorm.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads pocom files, one DOM per (small) file: people, chief-of-mission roles, and the chiefs of
 * each country mission. A file that is not well-formed fails with {@code path:line:col: message}.
 *
 * <pre>List&lt;PocomChief&gt; chiefs = PocomReader.chiefs(Path.of("pocom/missions-countries/china.xml"));</pre>
 */
public final class PocomReader {
    private PocomReader() {}

    public static PocomPerson person(Path file) {
        Element root = parse(file).getDocumentElement();
        Element name = child(root, "persName");
        return new PocomPerson(text(root, "id"), name == null ? "" : text(name, "forename"),
                name == null ? "" : text(name, "surname"), name == null ? "" : text(name, "genName"),
                year(text(root, "birth")), year(text(root, "death")));
    }

    /** A role of {@code roles-country-chiefs/}: its id and singular title. */
    public record Role(String id, String title) {}

    public static Role role(Path file) {
        Element root = parse(file).getDocumentElement();
        Element names = child(root, "names");
        return new Role(text(root, "id"), names == null ? "" : text(names, "singular"));
    }

    public static List<PocomChief> chiefs(Path file) {
        Element root = parse(file).getDocumentElement();
        String mission = text(root, "territory-id");
        List<PocomChief> chiefs = new ArrayList<>();
        NodeList list = root.getElementsByTagName("chief");
        List<Integer> lines = chiefLines(file);
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            chiefs.add(new PocomChief(text(c, "id"), text(c, "person-id"), text(c, "role-title-id"), mission,
                    text(c, "contemporary-territory-id"), event(c, "appointed", "date"), event(c, "started", "date"),
                    event(c, "started", "note"), event(c, "ended", "date"), event(c, "ended", "note"), text(c, "note"),
                    file.toString(), i < lines.size() ? lines.get(i) : -1));
        }
        return chiefs;
    }

    /**
     * The line of each {@code <chief>} start tag, in document order (the order of
     * {@code getElementsByTagName}): a DOM keeps no positions, so warnings about a chief get their
     * line from this second, streaming pass over the (already well-formed) file.
     */
    static List<Integer> chiefLines(Path file) {
        List<Integer> lines = new ArrayList<>();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            javax.xml.stream.XMLStreamReader xml = STAX.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("chief")) {
                        lines.add(xml.getLocation().getLineNumber());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static final javax.xml.stream.XMLInputFactory STAX = stax();

    private static javax.xml.stream.XMLInputFactory stax() {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The XML files under {@code dir}, in a stable order. */
    public static List<Path> xmlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".xml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One builder per thread: creating a factory per file costs more than parsing the file. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private static Document parse(Path file) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(null);
            return builder.parse(file.toFile());
        } catch (SAXParseException e) {
            throw InputException.at(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw InputException.at(file, -1, -1, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String event(Element chief, String event, String field) {
        Element e = child(chief, event);
        return e == null ? "" : text(e, field);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The normalized text of the first child element of that name, or empty. */
    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : SPACES.matcher(e.getTextContent()).replaceAll(" ").strip();
    }

    private static Integer year(String s) {
        return YEAR.matcher(s).matches() ? Integer.valueOf(s) : null;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
}
