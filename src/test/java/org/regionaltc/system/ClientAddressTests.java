package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    private static MockHttpServletRequest from(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCountsWhateverTheHeaderSays() {
        assertThat(ClientAddress.of(from("198.51.100.7", "10.0.0.1"), List.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void fromATrustedProxyTheLastAddressNoTrustedProxyAddedCounts() {
        List<String> proxies = List.of("10.0.0.5", "10.0.0.6");
        assertThat(ClientAddress.of(from("10.0.0.5", "203.0.113.9"), proxies)).isEqualTo("203.0.113.9");
        // The client may write anything in front; only what the proxies appended is believed.
        assertThat(ClientAddress.of(from("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.6"), proxies))
            .isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(from("198.51.100.7", "203.0.113.9"), proxies)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(new MockHttpServletRequest(), List.of("127.0.0.1"))).isEqualTo("127.0.0.1");
    }
}
