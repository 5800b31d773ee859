package org.dipnorm.importer.hsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dipnorm.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEI articles as the importer reads them: its own heading only, numbered entries, sections, and errors with their position. */
class RdcrReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTitlesEntriesAndSections() {
        RdcrArticle a = RdcrReader.read(HsgFixtures.FREEDONIA);
        assertThat(a.slug()).isEqualTo("freedonia");
        assertThat(a.shortTitle()).isEqualTo("Freedonia");
        assertThat(a.title()).endsWith("since 1776: Freedonia");
        assertThat(a.url()).isEqualTo("https://history.state.gov/countries/freedonia");
        assertThat(a.entries()).hasSize(13);
        RdcrEntry second = a.entries().get(1);
        assertThat(second.key()).isEqualTo("freedonia#2");
        assertThat(second.section()).isEqualTo("Diplomatic Relations");
        assertThat(second.heading()).isEqualTo("Establishment of Diplomatic Relations and the American Legation in Fredville, 1850.");
        assertThat(second.line()).isPositive();
    }

    @Test
    void aFigureCaptionInsideAParagraphIsNeitherHeadingNorText() {
        RdcrEntry severed = HsgFixtures.entry(HsgFixtures.FREEDONIA, 5);
        assertThat(severed.heading()).isEqualTo("Diplomatic Relations Severed, 1961.");
        assertThat(severed.text()).isEqualTo("The United States severed diplomatic relations with Freedonia on January 3, 1961.");
        assertThat(HeadingRules.classify(severed)).extracting(m -> m.rule().name()).containsExactly("relations severed");
    }

    @Test
    void keepsTheHeadingDateAttributesAndText() {
        RdcrEntry elevation = HsgFixtures.entry(HsgFixtures.FREEDONIA, 4);
        assertThat(elevation.headDates()).containsExactly(new RdcrEntry.HeadDate("1934", "", "", "1943"));
        RdcrEntry consulates = HsgFixtures.entry(HsgFixtures.FREEDONIA, 9);
        assertThat(consulates.headDates()).containsExactly(new RdcrEntry.HeadDate("", "1850", "1900", "1850-1900"));
    }

    @Test
    void entriesWithoutHeadingOrTextAreRead() {
        assertThat(HsgFixtures.entry(HsgFixtures.FREEDONIA, 10).heading()).isEmpty();
        assertThat(HsgFixtures.entry(HsgFixtures.FREEDONIA, 11).paragraphs()).isEmpty();
    }

    @Test
    void aMalformedFileFailsWithItsPathAndLine() throws Exception {
        Path bad = tmp.resolve("broken.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n<body>\n<div type=\"timeline\">\n</body>\n</TEI>\n");
        assertThatThrownBy(() -> RdcrReader.read(bad)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(bad + ":5:").hasMessageContaining("</body>").hasMessageNotContaining("row,col");
    }

    @Test
    void anUndeclaredEntityOrBytesThatAreNotUtf8FailWithThePathAndLine() throws Exception {
        // The parser reports these where it meets them, as InputExceptions the import skips the file for (not later,
        // from the text, as an unchecked exception that would stop the whole import).
        Path entity = tmp.resolve("entity.xml");
        Files.writeString(entity, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n"
                + "<div type=\"timeline\"><div><head>1901</head><p>On&nbsp;May 1</p></div></div>\n</body></text></TEI>\n");
        assertThatThrownBy(() -> RdcrReader.read(entity)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(entity + ":3:").hasMessageContaining("nbsp");
        Path bytes = tmp.resolve("bytes.xml");
        byte[] head = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n<div type=\"timeline\"><div><head>19".getBytes();
        byte[] tail = "01</head></div></div></body></text></TEI>\n".getBytes();
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3; // a two-byte sequence cut short
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        Files.write(bytes, all);
        assertThatThrownBy(() -> RdcrReader.read(bytes)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(bytes + ":3:").hasMessageContaining("UTF-8");
    }

    @Test
    void aFileThatIsNotTeiIsRefused() throws Exception {
        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<country-mission><territory-id>x</territory-id></country-mission>");
        assertThatThrownBy(() -> RdcrReader.read(other)).isInstanceOf(InputException.class).hasMessageContaining("not a TEI article");
    }
}
