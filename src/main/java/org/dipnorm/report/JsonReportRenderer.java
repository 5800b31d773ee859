package org.dipnorm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dipnorm.service.ReportModel;

/** The report as JSON: the record fields of {@link ReportModel}, with {@code schemaVersion} first. */
public final class JsonReportRenderer implements ReportRenderer {
    /** One shared, configured mapper: stable field order, indented. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The mapper every JSON answer of DipNorm is written with (reports, the API, problems). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public String render(ReportModel report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report model could not be written as JSON", e);
        }
    }
}
