package org.semossjdbc.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;

/** Which transcripts a rule applies to: {@code *}, or numbers and ranges such as {@code 147,148,200-266}. */
record Scope(String text, List<int[]> ranges) {

    static Scope parse(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (!text.equals("*")) {
            for (String item : text.split(",")) {
                String[] bounds = item.trim().split("-");
                int from = Integer.parseInt(bounds[0].trim());
                int to = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : from;
                ranges.add(new int[] {from, to});
            }
        }
        return new Scope(text, List.copyOf(ranges));
    }

    boolean includes(int number) {
        if (text.equals("*")) {
            return true;
        }
        for (int[] range : ranges) {
            if (number >= range[0] && number <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The single numbers named explicitly (not ranges or *), to check that they name existing transcripts. */
    List<Integer> singleNumbers() {
        return ranges.stream().filter(r -> r[0] == r[1]).map(r -> r[0]).toList();
    }
}
