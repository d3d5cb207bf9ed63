package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address a request comes from: the connection's, or, when the connection comes from a proxy listed in
 * {@code tc.security.trusted-proxies}, the last address in {@code X-Forwarded-For} that no trusted proxy added.
 * Anyone else can write that header, so it is not believed from them.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, List<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        @Nullable String client = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            client = hops[i].strip();
            if (!trustedProxies.contains(client)) {
                break;
            }
        }
        return client == null || client.isEmpty() ? remote : client;
    }
}
