package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms DipNorm writes (https://www.w3.org/TR/prov-o/). */
public final class PROV {
    public static final String NAMESPACE = "http://www.w3.org/ns/prov#";

    public static final Resource Activity = ResourceFactory.createResource(NAMESPACE + "Activity");
    public static final Property wasQuotedFrom = property("wasQuotedFrom");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property used = property("used");

    private PROV() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
