package dev.goose.people.signin;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.vertx.core.net.SocketAddress;

/**
 * The address a sign-in comes from, as Quarkus reports it: the proxy's client address only when
 * {@code quarkus.http.proxy.*} trusts that proxy, never a raw X-Forwarded-For. An IPv6 address
 * counts by its /64, the block one household or server is given, so that one guesser cannot take a
 * fresh address for every attempt.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    static String of(SocketAddress remote) {
        if (remote == null) {
            return UNKNOWN;
        }
        String host = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        return host == null ? UNKNOWN : of(host);
    }

    static String of(String host) {
        // Only IP literals: a name here would cost a DNS lookup per sign-in.
        if (host == null || !host.matches("[0-9A-Fa-f:.]{2,45}")) {
            return UNKNOWN;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address instanceof Inet6Address) {
                byte[] block = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(block, 8, 16, (byte) 0);
                return InetAddress.getByAddress(block).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
    }
}
