package org.regionaltc.system;

/** Published when a request is refused for lack of rights, so the audit trail can record it. */
public record AccessDenied(String actor, String method, String path) {
}
