package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C OWL-Time terms DipNorm writes (https://www.w3.org/TR/owl-time/). */
public final class TIME {
    public static final String NAMESPACE = "http://www.w3.org/2006/time#";

    public static final Resource Instant = ResourceFactory.createResource(NAMESPACE + "Instant");
    public static final Resource ProperInterval = ResourceFactory.createResource(NAMESPACE + "ProperInterval");
    public static final Property hasTime = property("hasTime");
    public static final Property hasBeginning = property("hasBeginning");
    public static final Property hasEnd = property("hasEnd");
    public static final Property inXSDDate = property("inXSDDate");
    public static final Property inXSDgYearMonth = property("inXSDgYearMonth");
    public static final Property inXSDgYear = property("inXSDgYear");

    private TIME() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
