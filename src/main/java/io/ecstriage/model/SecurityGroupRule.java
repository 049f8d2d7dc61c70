package io.ecstriage.model;

import java.util.List;

/** One IpPermissions entry: protocol, port range and its sources. */
public record SecurityGroupRule(String protocol, Integer fromPort, Integer toPort, List<String> cidrs,
                                List<String> sourceGroupIds, List<String> prefixListIds) {

    public SecurityGroupRule {
        cidrs = List.copyOf(cidrs);
        sourceGroupIds = List.copyOf(sourceGroupIds);
        prefixListIds = List.copyOf(prefixListIds);
    }

    public boolean coversTcp(int port) {
        if ("-1".equals(protocol) || "all".equalsIgnoreCase(protocol)) return true;
        if (!"tcp".equalsIgnoreCase(protocol) && !"6".equals(protocol)) return false;
        int from = fromPort == null ? 0 : fromPort;
        int to = toPort == null ? 65535 : toPort;
        return from <= port && port <= to;
    }

    public String describe() {
        String ports = "-1".equals(protocol) ? "all traffic"
                : protocol + " " + (fromPort != null && fromPort.equals(toPort) ? String.valueOf(fromPort) : fromPort + "-" + toPort);
        StringBuilder from = new StringBuilder();
        for (String c : cidrs) from.append(from.length() > 0 ? ", " : "").append(c);
        for (String g : sourceGroupIds) from.append(from.length() > 0 ? ", " : "").append(g);
        for (String p : prefixListIds) from.append(from.length() > 0 ? ", " : "").append(p);
        return ports + " from " + (from.length() == 0 ? "nowhere" : from);
    }
}
