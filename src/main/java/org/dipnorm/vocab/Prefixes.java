package org.dipnorm.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes DipNorm uses everywhere: vocabularies, our schemes and the resource namespaces of src/docs/data-model.md. */
public final class Prefixes {
    public static final String ID = "https://w3id.org/dipnorm/id/";

    /** Read-only mapping of every DipNorm prefix. */
    public static final PrefixMapping DIPNORM = build();

    private Prefixes() {}

    private static PrefixMapping build() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("dipn", DIPN.NAMESPACE);
        pm.setNsPrefix("st", ST.NAMESPACE);
        pm.setNsPrefix("ss", SS.NAMESPACE);
        pm.setNsPrefix("fs", FS.NAMESPACE);
        pm.setNsPrefix("sk", SK.NAMESPACE);
        pm.setNsPrefix("rk", RK.NAMESPACE);
        pm.setNsPrefix("at", AT.NAMESPACE);
        pm.setNsPrefix("ct", CT.NAMESPACE);
        pm.setNsPrefix("dq", DQ.NAMESPACE);
        pm.setNsPrefix("oc", OC.NAMESPACE);
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("time", "http://www.w3.org/2006/time#");
        pm.setNsPrefix("schema", "http://schema.org/");
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("id", ID);
        String[][] kinds = {
            {"state", "state/"}, {"proc", "process/"}, {"step", "step/"}, {"evt", "event/"}, {"tm", "time/"},
            {"msn", "mission/"}, {"place", "place/"}, {"agr", "agreement/"}, {"prv", "provision/"},
            {"cmt", "commitment/"}, {"fa", "assessment/"}, {"src", "source/"}, {"att", "attestation/"},
            {"person", "person/"}, {"mbr", "membership/"}, {"rel", "relationship/"}, {"gov", "government/"},
            {"act", "activity/"}, {"dis", "disagreement/"}};
        for (String[] k : kinds) {
            pm.setNsPrefix(k[0], ID + k[1]);
        }
        return pm.lock();
    }
}
