package com.theogen.interview.internal.parsing;

/** {@code [hh:]mm:ss[.mmm]} (comma or dot before the milliseconds) to milliseconds. */
final class Timestamps {

    private Timestamps() {}

    static long parseMillis(String text) {
        String[] parts = text.trim().replace(',', '.').split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String seconds = parts[parts.length - 1];
        int dot = seconds.indexOf('.');
        long wholeSeconds = Long.parseLong(dot < 0 ? seconds : seconds.substring(0, dot));
        long millis = 0;
        if (dot >= 0) {
            String fraction = (seconds.substring(dot + 1) + "000").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + wholeSeconds) * 1000 + millis;
    }
}
