package org.dipnorm.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms DipNorm writes (http://schema.org/, as in the curated data). */
public final class SCHEMA {
    public static final String NAMESPACE = "http://schema.org/";

    public static final Resource City = ResourceFactory.createResource(NAMESPACE + "City");
    public static final Property url = property("url");
    public static final Property birthDate = property("birthDate");
    public static final Property deathDate = property("deathDate");

    private SCHEMA() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
