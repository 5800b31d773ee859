package org.dipnorm.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dipnorm.TestProject;
import org.dipnorm.store.SourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} accepts the real data and a good fixture, and rejects each kind of broken fixture, saying where. */
class ValidatorTest {
    @TempDir
    Path tmp;

    private ValidationReport validate(String fixture) {
        return new Validator().validate(SourceSet.of(TestProject.home(tmp, fixture), List.of()));
    }

    @Test
    void theRepositoryDataConforms() {
        ValidationReport report = new Validator().validate(TestProject.sources());
        assertThat(report.violations()).isEmpty();
        assertThat(report.files()).isGreaterThan(5);
    }

    @Test
    void symlinkedFoldersAreFollowed() throws Exception {
        Path home = tmp.resolve("linked");
        java.nio.file.Files.createDirectories(home.resolve("data"));
        java.nio.file.Files.createSymbolicLink(home.resolve("ontology"), TestProject.ROOT.resolve("ontology"));
        java.nio.file.Files.createSymbolicLink(home.resolve("queries"), TestProject.ROOT.resolve("queries"));
        java.nio.file.Files.copy(TestProject.FIXTURES.resolve("event-without-attestation.ttl"),
                home.resolve("data/event-without-attestation.ttl"));
        ValidationReport report = new Validator().validate(SourceSet.of(home, List.of()));
        assertThat(report.files()).isGreaterThan(5);
        assertThat(report.violations()).anySatisfy(p -> assertThat(p.message()).contains("attestation"));
    }

    @Test
    void aGoodFixtureConforms() {
        assertThat(validate("good.ttl").violations()).isEmpty();
    }

    @Test
    void badTurtleNamesFileLineAndColumn() {
        ValidationReport report = validate("bad-turtle.ttl");
        assertThat(report.violations()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("parse");
            // the predicate after the missing ";" on line 25
            assertThat(p.message()).contains("bad-turtle.ttl:25:34:");
        });
    }

    @Test
    void anEventWithoutAttestationIsAViolationOnThatEvent() {
        assertThat(validate("event-without-attestation.ttl").violations())
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo("shacl");
                    assertThat(p.where()).contains("<https://w3id.org/dipnorm/id/test/e1>").contains("attestedBy");
                    assertThat(p.message()).isEqualTo("Every event needs at least one attestation.");
                });
    }

    @Test
    void anInstantWithTwoPositionsIsAViolationOnThatInstant() {
        assertThat(validate("instant-two-positions.ttl").violations()).anySatisfy(p -> {
            assertThat(p.where()).contains("<https://w3id.org/dipnorm/id/test/t1>");
            assertThat(p.message()).isEqualTo("An instant has at most one of time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear.");
        });
    }

    @Test
    void anInstantWithNeitherPositionNorQualifierIsAViolationOnThatInstant() {
        assertThat(validate("instant-without-position-or-qualifier.ttl").violations()).anySatisfy(p -> {
            assertThat(p.where()).contains("<https://w3id.org/dipnorm/id/test/t1>");
            assertThat(p.message()).isEqualTo(
                    "An instant with none of time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear needs a dipn:dateQualifier.");
        });
    }

    @Test
    void anAttestationWithNeitherQuoteNorLocatorIsAViolationOnThatAttestation() {
        assertThat(validate("attestation-without-quote-or-locator.ttl").violations()).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("<https://w3id.org/dipnorm/id/test/att1>");
            assertThat(p.message()).isEqualTo("An attestation needs a quote or a locator.");
        });
    }

    @Test
    void aYearInTheDayPositionIsRejected() {
        assertThat(validate("year-typed-as-day.ttl").violations())
                .anySatisfy(p -> assertThat(p.where()).contains("test/t1").contains("inXSDDate"));
    }

    @Test
    void aYearWrittenAsAnXsdDateFailsToParseWithItsLine() {
        assertThat(validate("year-ill-typed.ttl").violations()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("year-ill-typed.ttl:26:39:").contains("1990"));
    }

    @Test
    void aYearPaddedToADayDisagreesWithItsBounds() {
        assertThat(validate("year-padded-to-day.ttl").violations()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("instant-bounds-violation");
            assertThat(p.where()).contains("test/t1");
        });
    }

    @Test
    void monthBoundsMustCoverExactlyTheMonth() {
        assertThat(validate("month-bounds-wrong.ttl").violations()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo("instant-bounds-violation"));
    }

    @Test
    void aMissionCannotBeSentToItsOwnState() {
        assertThat(validate("mission-same-states.ttl").violations()).anySatisfy(p -> {
            assertThat(p.where()).contains("test/lo").contains("sendingState");
            assertThat(p.message()).contains("different from the receiving state");
        });
    }

    @Test
    void stepNumbersMustNotContradictDates() {
        assertThat(validate("steps-out-of-order.ttl").violations()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("step-order-violation");
            assertThat(p.where()).contains("?earlier=<https://w3id.org/dipnorm/id/test/s2>");
        });
    }
    @Test
    void eachSparqlConstraintOfTheShapesReportsItsFocusNode() {
        ValidationReport report = validate("sparql-constraints.ttl");
        String ex = "<https://w3id.org/dipnorm/id/test/";
        assertThat(report.violations()).extracting(Problem::where, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ex + "e1>", "Event with several candidate times must mark exactly one as preferred."),
                org.assertj.core.groups.Tuple.tuple(ex + "e2>", "Each of several candidate times of an event needs its own attestation."),
                org.assertj.core.groups.Tuple.tuple(ex + "proc>", "Two steps of the process share an ordinal."));
        assertThat(report.warnings()).extracting(Problem::where, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ex + "e3>", "Event is supported only by unverified notes."));
    }
}
