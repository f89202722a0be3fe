package kaohe.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The parts of an .xlsx package that the reader needs, found through the workbook part's relationships.
 * Relationship types are matched by their last path segment ("/worksheet", "/styles"), so the transitional
 * and the Strict Open XML forms both match.
 */
interface XlsxPackage extends Closeable {

    /** Opens the workbook part ({@code xl/workbook.xml} in most files). */
    InputStream openWorkbook() throws IOException;

    /** Returns the type of the workbook relationship with this id, or null when there is none. */
    String relationshipType(String relationshipId);

    /** Opens the part that the workbook relationship with this id points to, or returns null if it is missing. */
    InputStream openRelated(String relationshipId) throws IOException;

    /** Opens the first part whose workbook relationship type ends with the suffix, or returns null if none. */
    InputStream openRelatedByType(String typeSuffix) throws IOException;
}
