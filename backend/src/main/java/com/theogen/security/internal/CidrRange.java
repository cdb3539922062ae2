package com.theogen.security.internal;

import java.net.InetAddress;

/** An address range written as an IP literal with an optional prefix length: {@code 10.0.0.0/8}, {@code ::1}. */
record CidrRange(byte[] network, int prefixLength) {

    /**
     * @throws IllegalArgumentException naming the setting when {@code text} is not an IP literal or CIDR range
     */
    static CidrRange parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        long colons = host.chars().filter(c -> c == ':').count();
        InetAddress address = host.startsWith("[") || colons == 1
                ? null
                : IpLiterals.parse(host).orElse(null);
        int bits = address == null ? 0 : address.getAddress().length * 8;
        int prefix = -1;
        if (address != null) {
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
        }
        if (address == null || prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("theogen.security.trusted-proxies: '" + text
                    + "' is not an IP address or CIDR range (for example 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
        }
        return new CidrRange(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
