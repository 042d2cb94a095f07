package id.etalase.common;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client a limit counts: an IPv4 address as it is, an IPv6 address as its /64 network, since one household or
 * phone gets a whole /64 and may use any address in it. Rate limits, shoppers' reports and the enquiry dedupe all key
 * on this, so that changing addresses within one network (or changing the User-Agent) is still the same client.
 */
public final class ClientNetworks {

    private ClientNetworks() {
    }

    /**
     * The client's address as Quarkus gives it (the forwarded one only when a trusted proxy sent it); "" when the
     * connection has none, as a Unix socket or a closed connection may.
     */
    public static String addressOf(io.vertx.core.http.HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }

    /** The address itself for IPv4 (or anything unparseable), "network/64" for IPv6; "" for none. */
    public static String of(String address) {
        if (address == null || address.isEmpty() || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // Only literals reach here (they hold a colon), so getByName never asks DNS.
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
