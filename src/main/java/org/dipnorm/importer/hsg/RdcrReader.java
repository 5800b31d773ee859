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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dipnorm.InputException;

/**
 * Reads one rdcr article (TEI, no XML declaration) with StAX. Only an entry's own {@code <head>}
 * is its heading: a {@code <figure><head>} inside a paragraph is a caption and is skipped, as is
 * all figure content. Timeline entries are numbered in document order, nested ones included.
 *
 * <pre>RdcrArticle china = RdcrReader.read(Path.of("rdcr/articles/china.xml"));</pre>
 */
public final class RdcrReader {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final XMLInputFactory FACTORY = factory(true);

    private RdcrReader() {}

    /** Reads the article; a file that is not well-formed TEI fails with {@code path:line:col: message}. */
    public static RdcrArticle read(Path file) {
        String name = file.getFileName().toString();
        String slug = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return new Parse(file, slug, xml).run();
            } catch (XMLStreamException e) {
                throw failure(file, e, xml.getLocation());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw failure(file, e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that is not well-formed: {@code path:line:col: message}, without the position the parser adds to its message. */
    static InputException failure(Path file, XMLStreamException e, javax.xml.stream.Location reader) {
        String message = e.getMessage() == null ? "malformed XML" : POSITION.matcher(e.getMessage()).replaceAll("");
        var offset = CHAR_OFFSET.matcher(message);
        if (offset.find()) {
            // Bytes that are not UTF-8 are found as the input is decoded, ahead of the parse: Woodstox gives the number
            // of characters decoded before them, not a line, so the line and column are counted in those characters.
            int[] lineColumn = lineAndColumn(file, Long.parseLong(offset.group(1)));
            return InputException.at(file, lineColumn[0], lineColumn[1], message.strip());
        }
        var at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation() : reader;
        return InputException.at(file, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), message.strip());
    }

    /** "Invalid UTF-8 middle byte 0x28 (at char #89, byte #-1)". */
    private static final java.util.regex.Pattern CHAR_OFFSET = java.util.regex.Pattern.compile("\\(at char #(\\d+),");

    /** The line and column of the character at {@code offset} in the UTF-8 file (bytes that are not UTF-8 count as one each). */
    private static int[] lineAndColumn(Path file, long offset) {
        try {
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new int[] {line, column};
        } catch (IOException e) {
            return new int[] {-1, -1};
        }
    }

    /** The position Woodstox appends to its messages ("… at [row,col {unknown-source}]: [5,3]"). */
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$");

    /**
     * A StAX factory that reads no DTD and no external entity, gives each text run whole and reports any
     * error where it is met (not later, from the text, as Woodstox does by default): Woodstox's,
     * whatever the JVM's default, since a reader from it costs a fraction of the JDK's (the import opens
     * 4,688 small files).
     */
    static XMLInputFactory factory(boolean namespaceAware) {
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false);
        return f;
    }

    static String normalize(CharSequence text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** What an open element means to the reader. */
    private enum Kind { SECTION, TIMELINE, SECTION_HEAD, ENTRY_HEAD, PARAGRAPH, DATE, TITLE, FIGURE, OTHER }

    /** An open element; text-holding kinds carry a buffer. */
    private static final class Frame {
        final Kind kind;
        final StringBuilder text = new StringBuilder();
        EntryBuilder entry;
        String sectionHeading = "";
        String titleType;
        String when = "";
        String from = "";
        String to = "";

        Frame(Kind kind) {
            this.kind = kind;
        }
    }

    /** An entry being read. */
    private static final class EntryBuilder {
        final int number;
        final int line;
        final String section;
        String heading = "";
        final List<RdcrEntry.HeadDate> dates = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();

        EntryBuilder(int number, int line, String section) {
            this.number = number;
            this.line = line;
            this.section = section;
        }
    }

    /** The state of one pass over a file. */
    private static final class Parse {
        private final Path file;
        private final String slug;
        private final XMLStreamReader xml;
        private final Deque<Frame> open = new ArrayDeque<>();
        private final List<EntryBuilder> done = new ArrayList<>();
        private String shortTitle = "";
        private String title = "";
        private int entries;
        private int figures;

        Parse(Path file, String slug, XMLStreamReader xml) {
            this.file = file;
            this.slug = slug;
            this.xml = xml;
        }

        RdcrArticle run() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root && !(TEI.equals(xml.getNamespaceURI()) && "TEI".equals(xml.getLocalName()))) {
                            throw InputException.at(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
                                    "not a TEI article: root element is {" + xml.getNamespaceURI() + "}" + xml.getLocalName());
                        }
                        root = false;
                        start();
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters(xml.getText());
                    default -> { }
                }
            }
            List<RdcrEntry> list = done.stream().sorted((a, b) -> Integer.compare(a.number, b.number))
                    .map(b -> new RdcrEntry(slug, b.number, b.section, b.heading, b.dates, b.paragraphs, b.line)).toList();
            return new RdcrArticle(slug, shortTitle.isEmpty() ? slug : shortTitle, title, file, list);
        }

        private void start() {
            String name = xml.getLocalName();
            boolean tei = TEI.equals(xml.getNamespaceURI());
            Frame parent = open.peek();
            Frame frame;
            if (!tei) {
                frame = new Frame(Kind.OTHER);
            } else if ("div".equals(name) && "timeline".equals(xml.getAttributeValue(null, "type"))) {
                frame = new Frame(Kind.TIMELINE);
                frame.entry = new EntryBuilder(++entries, xml.getLocation().getLineNumber(), currentSection());
            } else if ("div".equals(name) && "section".equals(xml.getAttributeValue(null, "type"))) {
                frame = new Frame(Kind.SECTION);
            } else if ("head".equals(name) && parent != null && parent.kind == Kind.TIMELINE) {
                frame = new Frame(Kind.ENTRY_HEAD);
            } else if ("head".equals(name) && parent != null && parent.kind == Kind.SECTION) {
                frame = new Frame(Kind.SECTION_HEAD);
            } else if (("p".equals(name) || "list".equals(name)) && parent != null && parent.kind == Kind.TIMELINE) {
                frame = new Frame(Kind.PARAGRAPH);
            } else if ("date".equals(name) && inside(Kind.ENTRY_HEAD)) {
                frame = new Frame(Kind.DATE);
                frame.when = attribute("when");
                frame.from = attribute("from");
                frame.to = attribute("to");
            } else if ("title".equals(name) && open.stream().noneMatch(f -> f.kind == Kind.TIMELINE || f.kind == Kind.SECTION)) {
                frame = new Frame(Kind.TITLE);
                frame.titleType = attribute("type");
            } else if ("figure".equals(name)) {
                frame = new Frame(Kind.FIGURE);
                figures++;
            } else {
                frame = new Frame(Kind.OTHER);
                if ("item".equals(name)) {
                    Frame paragraph = innermost(Kind.PARAGRAPH);
                    if (paragraph != null && !paragraph.text.toString().isBlank()) {
                        paragraph.text.append("; ");
                    }
                }
            }
            open.push(frame);
        }

        private void end() {
            Frame frame = open.pop();
            switch (frame.kind) {
                case TIMELINE -> done.add(frame.entry);
                case SECTION_HEAD -> open.peek().sectionHeading = normalize(frame.text);
                case ENTRY_HEAD -> open.peek().entry.heading = normalize(frame.text);
                case PARAGRAPH -> {
                    String text = normalize(frame.text);
                    if (!text.isEmpty()) {
                        open.peek().entry.paragraphs.add(text);
                    }
                }
                case DATE -> {
                    Frame timeline = innermost(Kind.TIMELINE);
                    timeline.entry.dates.add(new RdcrEntry.HeadDate(frame.when, frame.from, frame.to, normalize(frame.text)));
                }
                case TITLE -> {
                    if ("short".equals(frame.titleType)) {
                        shortTitle = normalize(frame.text);
                    } else if ("complete".equals(frame.titleType)) {
                        title = normalize(frame.text);
                    }
                }
                case FIGURE -> figures--;
                default -> { }
            }
        }

        private void characters(String text) {
            if (figures > 0) {
                return;
            }
            for (Frame f : open) {
                if (f.kind == Kind.DATE) {
                    f.text.append(text);
                } else if (f.kind == Kind.ENTRY_HEAD || f.kind == Kind.SECTION_HEAD || f.kind == Kind.PARAGRAPH
                        || f.kind == Kind.TITLE) {
                    f.text.append(text);
                    return;
                }
            }
        }

        private String currentSection() {
            Frame section = innermost(Kind.SECTION);
            return section == null ? "" : section.sectionHeading;
        }

        private boolean inside(Kind kind) {
            return innermost(kind) != null;
        }

        private Frame innermost(Kind kind) {
            for (Frame f : open) {
                if (f.kind == kind) {
                    return f;
                }
            }
            return null;
        }

        private String attribute(String name) {
            String v = xml.getAttributeValue(null, name);
            return v == null ? "" : v.strip();
        }
    }
}
