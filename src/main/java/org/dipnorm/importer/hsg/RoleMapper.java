package org.dipnorm.importer.hsg;

import static org.dipnorm.importer.hsg.MissionKind.CONSULATE;
import static org.dipnorm.importer.hsg.MissionKind.EMBASSY;
import static org.dipnorm.importer.hsg.MissionKind.INTERESTS_SECTION;
import static org.dipnorm.importer.hsg.MissionKind.LEGATION;
import static org.dipnorm.importer.hsg.MissionKind.LIAISON_OFFICE;
import static org.dipnorm.importer.hsg.MissionKind.MISSION;
import static org.dipnorm.importer.hsg.MissionKind.REPRESENTATIVE_OFFICE;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dipnorm.vocab.RK;

/**
 * pocom's chief-of-mission titles ({@code role-title-id}) as {@code rk:} concepts, and the kinds of
 * mission each title heads, in order of preference: an ambassador heads an embassy, a "chief" or
 * "director" a liaison office, a principal officer an interests section.
 */
final class RoleMapper {
    private RoleMapper() {}

    /** The rk: concept of a pocom role id; empty for a role the vocabulary does not know. */
    static Optional<Resource> rank(String roleId) {
        String local = roleId.equals("envoy-extraordinary-minister-plenipotentiary") ? "envoy-e-m-p" : roleId;
        Resource r = ResourceFactory.createResource(RK.NAMESPACE + local);
        return KNOWN.contains(r) ? Optional.of(r) : Optional.empty();
    }

    /** The mission kinds a holder of the role heads, best first. */
    static List<MissionKind> heads(String roleId) {
        if (roleId.startsWith("ambassador") || roleId.equals("deputy-ambassador")) {
            return List.of(EMBASSY);
        }
        if (roleId.startsWith("envoy") || roleId.startsWith("minister")) {
            return List.of(LEGATION, MISSION, EMBASSY);
        }
        if (roleId.startsWith("charge")) {
            return List.of(EMBASSY, LEGATION, MISSION);
        }
        if (roleId.equals("chief") || roleId.equals("director")) {
            return List.of(LIAISON_OFFICE, REPRESENTATIVE_OFFICE, INTERESTS_SECTION, MISSION);
        }
        if (roleId.endsWith("principal-officer")) {
            return List.of(INTERESTS_SECTION, LIAISON_OFFICE, REPRESENTATIVE_OFFICE, MISSION, CONSULATE);
        }
        if (roleId.contains("representative") || roleId.startsWith("chief-of-mission")) {
            return List.of(REPRESENTATIVE_OFFICE, LIAISON_OFFICE, MISSION, EMBASSY, LEGATION);
        }
        return List.of(LEGATION, MISSION, EMBASSY, CONSULATE);
    }

    private static final List<Resource> KNOWN = List.of(RK.ACTING_PRINCIPAL_OFFICER, RK.AGENT, RK.AGENT_CONSUL_GENERAL,
            RK.AMBASSADOR_E_P, RK.CHARGE_DAFFAIRES, RK.CHARGE_DAFFAIRES_AD_INTERIM, RK.CHARGE_DAFFAIRES_CONSUL_GENERAL,
            RK.CHARGE_DAFFAIRES_PRO_TEM, RK.CHIEF, RK.CHIEF_OF_MISSION_OF_US_OFFICE_ABROAD, RK.COMMISSIONER,
            RK.COMMISSIONER_CONSUL_GENERAL, RK.CONSUL_GENERAL, RK.DEPUTY_AMBASSADOR, RK.DIPLOMATIC_AGENT,
            RK.DIPLOMATIC_AGENT_CONSUL_GENERAL, RK.DIRECTOR, RK.ENVOY_E_M_P, RK.ENVOY_EXTRAORDINARY_MINISTER_PLENIPOTENTIARY_CONSUL_GENERAL,
            RK.MINISTER, RK.MINISTER_PLENIPOTENTIARY, RK.MINISTER_RESIDENT, RK.MINISTER_RESIDENT_AND_EXTRAORDINARY,
            RK.MINISTER_RESIDENT_CONSUL_GENERAL, RK.MINISTER_RESIDENT_FOREIGN_SERVICE_OFFICER,
            RK.PERSONAL_REPRESENTATIVE_OF_THE_PRESIDENT, RK.PRINCIPAL_OFFICER, RK.REPRESENTATIVE);
}
