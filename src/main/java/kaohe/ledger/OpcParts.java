package kaohe.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;

/** An .xlsx package read through POI's OPC layer, opened read-only so the file is never written. */
final class OpcParts implements XlsxPackage {

    private final OPCPackage opc;
    private final PackagePart workbookPart;

    private OpcParts(OPCPackage opc, PackagePart workbookPart) {
        this.opc = opc;
        this.workbookPart = workbookPart;
    }

    /**
     * Opens the package and finds its workbook part.
     *
     * @throws InvalidFormatException when POI rejects the package, or it has no office document
     */
    static OpcParts open(Path file) throws InvalidFormatException {
        OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return new OpcParts(opc, findWorkbookPart(opc));
        } catch (InvalidFormatException | RuntimeException e) {
            opc.revert();
            throw e;
        }
    }

    private static PackagePart findWorkbookPart(OPCPackage opc) throws InvalidFormatException {
        PackageRelationshipCollection relationships =
                opc.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relationships.size() == 0) {
            relationships = opc.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = relationships.size() == 0 ? null : opc.getPart(relationships.getRelationship(0));
        if (part == null) {
            throw new InvalidFormatException("the package has no office document part");
        }
        return part;
    }

    @Override
    public InputStream openWorkbook() throws IOException {
        return workbookPart.getInputStream();
    }

    @Override
    public String relationshipType(String relationshipId) {
        PackageRelationship relationship = workbookPart.getRelationship(relationshipId);
        return relationship == null ? null : relationship.getRelationshipType();
    }

    @Override
    public InputStream openRelated(String relationshipId) throws IOException {
        return open(workbookPart.getRelationship(relationshipId));
    }

    @Override
    public InputStream openRelatedByType(String typeSuffix) throws IOException {
        try {
            for (PackageRelationship relationship : workbookPart.getRelationships()) {
                if (relationship.getRelationshipType().endsWith(typeSuffix)) {
                    return open(relationship);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot read the workbook's relationships", e);
        }
        return null;
    }

    private InputStream open(PackageRelationship relationship) throws IOException {
        if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        try {
            PackagePart part = workbookPart.getRelatedPart(relationship);
            return part == null ? null : part.getInputStream();
        } catch (InvalidFormatException e) {
            return null;
        }
    }

    /** Closes the package without saving, as a read-only package must be. */
    @Override
    public void close() {
        opc.revert();
    }
}
