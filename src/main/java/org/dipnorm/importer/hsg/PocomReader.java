package org.dipnorm.importer.hsg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dipnorm.InputException;

/**
 * Reads pocom files, one small element tree per (small) file, with the same streaming parser as
 * the rdcr articles: people, chief-of-mission roles, and the chiefs of each country mission. A
 * file that is not well-formed fails with {@code path:line:col: message}.
 *
 * <pre>List&lt;PocomChief&gt; chiefs = PocomReader.chiefs(Path.of("pocom/missions-countries/china.xml"));</pre>
 */
public final class PocomReader {
    private PocomReader() {}

    public static PocomPerson person(Path file) {
        Element root = parse(file);
        Element name = root.child("persName");
        return new PocomPerson(root.text("id"), name == null ? "" : name.text("forename"),
                name == null ? "" : name.text("surname"), name == null ? "" : name.text("genName"),
                year(root.text("birth")), year(root.text("death")));
    }

    /** A role of {@code roles-country-chiefs/}: its id and singular title. */
    public record Role(String id, String title) {}

    public static Role role(Path file) {
        Element root = parse(file);
        Element names = root.child("names");
        return new Role(root.text("id"), names == null ? "" : names.text("singular"));
    }

    /** The chiefs of a country mission, in document order, each with the line of its {@code <chief>} tag. */
    public static List<PocomChief> chiefs(Path file) {
        Element root = parse(file);
        String mission = root.text("territory-id");
        List<PocomChief> chiefs = new ArrayList<>();
        for (Element c : root.descendants("chief", new ArrayList<>())) {
            chiefs.add(new PocomChief(c.text("id"), c.text("person-id"), c.text("role-title-id"), mission,
                    c.text("contemporary-territory-id"), event(c, "appointed", "date"), event(c, "started", "date"),
                    event(c, "started", "note"), event(c, "ended", "date"), event(c, "ended", "note"), c.text("note"),
                    file.toString(), c.line));
        }
        return chiefs;
    }

    /**
     * An element of a pocom file: its name, the line of its start tag, its child elements, and where the text inside
     * it (its own and its descendants', in document order) starts and ends in the file's text.
     */
    private static final class Element {
        final String name;
        final int line;
        final List<Element> children = new ArrayList<>(4);
        final CharSequence fileText;
        final int textStart;
        int textEnd;

        Element(String name, int line, CharSequence fileText) {
            this.name = name;
            this.line = line;
            this.fileText = fileText;
            this.textStart = fileText.length();
        }

        /** The first child element of that name, or null. */
        Element child(String childName) {
            for (Element e : children) {
                if (e.name.equals(childName)) {
                    return e;
                }
            }
            return null;
        }

        /** The normalized text of the first child element of that name, or empty. */
        String text(String childName) {
            Element e = child(childName);
            return e == null ? "" : SPACES.matcher(e.fileText.subSequence(e.textStart, e.textEnd)).replaceAll(" ").strip();
        }

        /** The elements of that name below this one, in document order. */
        List<Element> descendants(String descendantName, List<Element> into) {
            for (Element e : children) {
                if (e.name.equals(descendantName)) {
                    into.add(e);
                }
                e.descendants(descendantName, into);
            }
            return into;
        }
    }

    /** pocom files use no namespaces. */
    private static final XMLInputFactory STAX = RdcrReader.factory(false);

    /** The root element of the file, with every element below it. */
    private static Element parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = STAX.createXMLStreamReader(in);
            try {
                // all the file's text, once; an element's text is the stretch of it between its tags, as a DOM's getTextContent
                StringBuilder text = new StringBuilder();
                Deque<Element> open = new ArrayDeque<>();
                Element root = null;
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            Element e = new Element(xml.getLocalName(), xml.getLocation().getLineNumber(), text);
                            if (open.isEmpty()) {
                                root = e;
                            } else {
                                open.peek().children.add(e);
                            }
                            open.push(e);
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.pop().textEnd = text.length();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        default -> { }
                    }
                }
                if (root == null) {
                    throw InputException.at(file, -1, -1, "no root element");
                }
                return root;
            } catch (XMLStreamException e) {
                throw RdcrReader.failure(file, e, xml.getLocation());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw RdcrReader.failure(file, e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XML files under {@code dir}, in a stable order. */
    public static List<Path> xmlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".xml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String event(Element chief, String event, String field) {
        Element e = chief.child(event);
        return e == null ? "" : e.text(field);
    }

    private static Integer year(String s) {
        return YEAR.matcher(s).matches() ? Integer.valueOf(s) : null;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
}
