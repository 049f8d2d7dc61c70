package io.ecstriage.model;

/** IPv4 CIDR arithmetic for security group and subnet checks. */
public final class Cidr {
    private Cidr() {}

    /** True when `outer` contains the whole of `inner` (an address or a CIDR). */
    public static boolean contains(String outer, String inner) {
        long[] o = parse(outer);
        long[] i = parse(inner);
        if (o == null || i == null) return false;
        return i[1] >= o[1] && (i[0] & mask(o[1])) == (o[0] & mask(o[1]));
    }

    public static boolean overlaps(String a, String b) {
        return contains(a, b) || contains(b, a);
    }

    static long[] parse(String cidr) {
        if (cidr == null) return null;
        String[] parts = cidr.trim().split("/");
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4) return null;
        long addr = 0;
        try {
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) return null;
                addr = addr << 8 | v;
            }
            long bits = parts.length > 1 ? Integer.parseInt(parts[1]) : 32;
            return bits < 0 || bits > 32 ? null : new long[] {addr, bits};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static long mask(long bits) {
        return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    }

    public static int prefixLength(String cidr) {
        long[] p = parse(cidr);
        return p == null ? -1 : (int) p[1];
    }

    /** The n-th block of the given prefix length inside `outer`, as a CIDR string. */
    public static String block(String outer, int prefix, long index) {
        long[] o = parse(outer);
        long base = o[0] & mask(o[1]);
        long addr = base + index * (1L << (32 - prefix));
        return (addr >> 24 & 255) + "." + (addr >> 16 & 255) + "." + (addr >> 8 & 255) + "." + (addr & 255) + "/" + prefix;
    }

    public static long blockCount(String outer, int prefix) {
        long[] o = parse(outer);
        return o == null || prefix < o[1] ? 0 : 1L << (prefix - o[1]);
    }
}
