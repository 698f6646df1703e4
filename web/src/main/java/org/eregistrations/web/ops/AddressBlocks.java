package org.eregistrations.web.ops;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/** A list of CIDR blocks ({@code 10.0.0.0/8}, {@code ::1/128}, or one address) and whether an address is in one. */
final class AddressBlocks {
    /** An IP address literal (v4 dotted, or v6 with colons), so that reading it never asks a name server. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefix) {}

    private final List<Block> blocks;

    AddressBlocks(List<String> cidrs) {
        this.blocks =
                cidrs.stream().map(String::strip).map(AddressBlocks::block).toList();
    }

    boolean contains(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        byte[] bytes = literal(address);
        return blocks.stream().anyMatch(block -> within(bytes, block));
    }

    private static boolean within(byte[] address, Block block) {
        if (address.length != block.network().length) {
            return false;
        }
        int bits = address.length * 8;
        BigInteger mask = BigInteger.ONE
                .shiftLeft(bits)
                .subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - block.prefix()).subtract(BigInteger.ONE));
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, block.network()).and(mask));
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!IP_LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("metrics-from: '" + cidr + "' is not an IP address or CIDR block");
        }
        byte[] network = literal(address);
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("metrics-from: '" + cidr + "' has a prefix out of range");
        }
        return new Block(network, prefix);
    }

    private static byte[] literal(String address) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }
}
