package org.xbrllinker.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms the mapping uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    private PROV() {
    }
}
