package id.etalase.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientNetworksTest {

    @Test
    void anIpv4ClientIsItsAddressAndAnIpv6ClientItsSlash64() {
        assertEquals("203.0.113.9", ClientNetworks.of("203.0.113.9"));
        assertEquals(ClientNetworks.of("2001:db8:1:2::1"), ClientNetworks.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientNetworks.of("2001:db8:1:2::1"));
        assertEquals("2001:db8:1:3:0:0:0:0/64", ClientNetworks.of("2001:db8:1:3::1"));
        assertEquals("", ClientNetworks.of(null));
    }
}
