package org.semossjdbc.protocol;

/**
 * A classified error answer from SEMOSS or its database.
 *
 * @param sqlState   the SQLState the driver reports (none is transmitted; it is derived from the text:
 *                   docs/protocol.md, 'No SQLState')
 * @param category   the kind of failure
 * @param vendorCode the backend's own error code where the text carries one (H2's {@code [42102-200]}), else 0
 * @param message    the server's text, unchanged
 */
public record ServerError(String sqlState, ErrorCategory category, int vendorCode, String message) {
}
