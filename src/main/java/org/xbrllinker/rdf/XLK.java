package org.xbrllinker.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the xbrl-linker vocabulary ({@code ontology/xbrl-linker.ttl}). */
public final class XLK {
    public static final String NS = "https://w3id.org/xbrl-linker/ns#";
    public static final String PREFIX = "xlk";

    // classes
    public static final Resource Disclosure = r("Disclosure");
    public static final Resource Column = r("Column");
    public static final Resource LineItem = r("LineItem");
    public static final Resource Cell = r("Cell");
    public static final Resource Fact = r("Fact");
    public static final Resource Period = r("Period");
    public static final Resource Instant = r("Instant");
    public static final Resource Duration = r("Duration");
    public static final Resource Unit = r("Unit");
    public static final Resource Concept = r("Concept");
    public static final Resource ExtensionConcept = r("ExtensionConcept");
    public static final Resource Label = r("Label");
    public static final Resource Reference = r("Reference");
    public static final Resource ReferencePart = r("ReferencePart");
    public static final Resource ReferenceRole = r("ReferenceRole");
    public static final Resource LabelRole = r("LabelRole");
    public static final Resource CalculationArc = r("CalculationArc");
    public static final Resource PresentationArc = r("PresentationArc");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Finding = r("Finding");
    public static final Resource SourceLocation = r("SourceLocation");
    public static final Resource RejectedInput = r("RejectedInput");
    public static final Resource Filing = r("Filing");
    public static final Resource InstanceFact = r("InstanceFact");
    public static final Resource DimensionValue = r("DimensionValue");
    public static final Resource RollForward = r("RollForward");

    // individuals
    public static final Resource InstantPeriodType = r("InstantPeriodType");
    public static final Resource DurationPeriodType = r("DurationPeriodType");
    public static final Resource Debit = r("Debit");
    public static final Resource Credit = r("Credit");

    // disclosure and columns
    public static final Property sourceFile = p("sourceFile");
    public static final Property input = p("input");
    public static final Property contentDigest = p("contentDigest");
    public static final Property unitLine = p("unitLine");
    public static final Property scale = p("scale");
    public static final Property column = p("column");
    public static final Property columnIndex = p("columnIndex");
    public static final Property header = p("header");
    public static final Property lineItem = p("lineItem");
    public static final Property disclosure = p("disclosure");

    // line items
    public static final Property rowNumber = p("rowNumber");
    public static final Property abstract_ = p("abstract");
    public static final Property concept = p("concept");
    public static final Property extension = p("extension");
    public static final Property labelRole = p("labelRole");
    public static final Property negated = p("negated");
    public static final Property confidence = p("confidence");
    public static final Property evidence = p("evidence");
    public static final Property section = p("section");
    public static final Property opening = p("opening");
    public static final Property closing = p("closing");
    public static final Property change = p("change");
    public static final Property totals = p("totals");
    public static final Property totalBasis = p("totalBasis");
    public static final Property labelTerms = p("labelTerms");
    public static final Property labelSupport = p("labelSupport");
    public static final Property definitionIndex = p("definitionIndex");
    public static final Property pageReferenceRole = p("pageReferenceRole");
    public static final Property pageDocumentation = p("pageDocumentation");
    public static final Property evidenceKind = p("evidenceKind");
    public static final Property weight = p("weight");

    // cells and facts
    public static final Property cell = p("cell");
    public static final Property displayed = p("displayed");
    public static final Property displayedAmount = p("displayedAmount");
    public static final Property columnInferred = p("columnInferred");
    public static final Property fact = p("fact");
    public static final Property period = p("period");
    public static final Property unit = p("unit");
    public static final Property value = p("value");
    public static final Property decimals = p("decimals");
    public static final Property roundingStep = p("roundingStep");
    public static final Property reports = p("reports");
    public static final Property warning = p("warning");
    public static final Property date = p("date");
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");
    public static final Property sourceLine = p("sourceLine");
    /** A disclosure's or filing's calculation arc (its triples are in its taxonomy's graph). */
    public static final Property calculation = p("calculation");
    /** A concept a disclosure uses (a row's, a fact's, an axis or member, an arc's end). */
    public static final Property usesConcept = p("usesConcept");
    /** A line item's evidence as one text, a line per reason: kind, weight, detail separated by tabs. */
    public static final Property linkEvidence = p("linkEvidence");
    public static final Property location = p("location");

    // concepts
    public static final Property qname = p("qname");
    public static final Property localName = p("localName");
    public static final Property namespace = p("namespace");
    public static final Property periodType = p("periodType");
    public static final Property balance = p("balance");
    public static final Property dataType = p("dataType");
    public static final Property label = p("label");
    public static final Property text = p("text");
    public static final Property reference = p("reference");
    public static final Property referenceRole = p("referenceRole");
    public static final Property part = p("part");
    public static final Property partName = p("partName");
    public static final Property publisher = p("publisher");
    public static final Property referenceName = p("referenceName");
    public static final Property topic = p("topic");
    public static final Property subTopic = p("subTopic");
    public static final Property sectionNumber = p("sectionNumber");
    public static final Property paragraph = p("paragraph");
    public static final Property subparagraph = p("subparagraph");
    public static final Property uri = p("uri");
    public static final Property linkRole = p("linkRole");
    public static final Property parentConcept = p("parentConcept");
    public static final Property childConcept = p("childConcept");
    public static final Property order = p("order");
    public static final Property preferredLabel = p("preferredLabel");

    // filings and instance facts
    public static final Property filing = p("filing");
    public static final Property entityIdentifier = p("entityIdentifier");
    public static final Property entityScheme = p("entityScheme");
    public static final Property instanceForm = p("instanceForm");
    public static final Property factId = p("factId");
    public static final Property contextId = p("contextId");
    public static final Property dimension = p("dimension");
    public static final Property axis = p("axis");
    public static final Property member = p("member");
    public static final Property typedMember = p("typedMember");
    public static final Property dimensionKey = p("dimensionKey");
    public static final Property contextContent = p("contextContent");
    public static final Property nil = p("nil");
    public static final Property textValue = p("textValue");
    public static final Property instanceFact = p("instanceFact");
    public static final Property accessionNumber = p("accessionNumber");
    public static final Property reportRole = p("reportRole");
    public static final Property reportName = p("reportName");
    public static final Property reportCategory = p("reportCategory");
    public static final Property reportPosition = p("reportPosition");

    // findings
    public static final Property checkId = p("checkId");
    public static final Property severity = p("severity");
    public static final Property status = p("status");
    public static final Property message = p("message");
    public static final Property subject = p("subject");
    public static final Property reported = p("reported");
    public static final Property computed = p("computed");
    public static final Property periodText = p("periodText");
    public static final Property terms = p("terms");

    private XLK() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
