package com.theogen.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Parses IP address literals from untrusted text without ever resolving a host name: {@code X-Forwarded-For}
 * entries come from the network, and {@link InetAddress#getByName} would look a name up in DNS.
 */
final class IpLiterals {

    private IpLiterals() {}

    /** {@code 203.0.113.7}, {@code 203.0.113.7:5123}, {@code 2001:db8::1}, {@code [2001:db8::1]:443}; else empty. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? Optional.empty() : ipv6(value.substring(1, close));
        }
        int colons = (int) value.chars().filter(c -> c == ':').count();
        if (colons >= 2) {
            return ipv6(value);
        }
        return ipv4(colons == 1 ? value.substring(0, value.indexOf(':')) : value);
    }

    private static Optional<InetAddress> ipv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv6(String value) {
        // only hex digits, colons and dots (an embedded IPv4 tail): Java parses such text as a literal, never DNS
        if (value.isEmpty() || !value.matches("[0-9A-Fa-f:.]+") || !value.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
