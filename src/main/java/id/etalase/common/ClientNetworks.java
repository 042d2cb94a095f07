package id.etalase.common;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Who a client is for limits: its address, or for IPv6 its /64 (one household or phone gets a whole /64). */
public final class ClientNetworks {

    private ClientNetworks() {
    }

    /** The IPv4 address as it is, an IPv6 address as its /64 network ("2001:db8:1:2:0:0:0:0/64"). */
    public static String of(String address) {
        if (address == null || address.isEmpty() || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
