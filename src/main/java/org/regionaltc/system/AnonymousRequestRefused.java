package org.regionaltc.system;

/**
 * Published when a request that needs a signed-in user comes without one (401 on the API, the sign-in page on the
 * web), so that the audit trail records probes too; {@code clientAddress} is who, as far as the server can tell.
 */
public record AnonymousRequestRefused(String clientAddress, String method, String path) {
}
