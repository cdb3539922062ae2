package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeError;
import com.theogen.exchange.ExchangeProperties;
import com.theogen.shared.DomainException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A {@code .qdpx} opened for reading, defensively: nothing is ever extracted to disk; entry names that climb out
 * of the archive are refused; every byte read is counted against the per-entry and whole-archive limits and the
 * compression ratio, so a zip bomb stops at the limit, not at the end of the disk or heap.
 */
final class QdpxArchive implements Closeable {

    private static final long RATIO_FLOOR = 1L << 20;

    private final ZipFile zip;
    private final ZipEntry qde;
    private final Map<String, ZipEntry> sources;
    private final ExchangeProperties limits;
    private long unpacked;

    private QdpxArchive(ZipFile zip, ZipEntry qde, Map<String, ZipEntry> sources, ExchangeProperties limits) {
        this.zip = zip;
        this.qde = qde;
        this.sources = sources;
        this.limits = limits;
    }

    static QdpxArchive open(Path file, ExchangeProperties limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new DomainException(ExchangeError.NOT_A_QDPX, "the upload is not a zip archive, so not a .qdpx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return index(zip, limits);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static QdpxArchive index(ZipFile zip, ExchangeProperties limits) {
        if (zip.size() > limits.maxEntries()) {
            throw limit("the archive has " + zip.size() + " entries; at most " + limits.maxEntries() + " are read");
        }
        List<ZipEntry> qdes = new ArrayList<>();
        Map<String, ZipEntry> sources = new HashMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            requireSafe(name);
            if (entry.isDirectory()) {
                continue;
            }
            if (!name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                qdes.add(entry);
            }
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(0, slash).equalsIgnoreCase("sources") && name.indexOf('/', slash + 1) < 0) {
                sources.put(name.substring(slash + 1).toLowerCase(Locale.ROOT), entry);
            }
        }
        ZipEntry qde = qdes.stream()
                .filter(e -> e.getName().equalsIgnoreCase("project.qde"))
                .findFirst()
                .orElse(qdes.size() == 1 ? qdes.get(0) : null);
        if (qde == null) {
            throw new DomainException(
                    ExchangeError.NOT_A_QDPX,
                    qdes.isEmpty()
                            ? "the archive holds no project.qde at its root, so it is not a REFI-QDA project"
                            : "the archive holds several .qde files and none is named project.qde");
        }
        return new QdpxArchive(zip, qde, sources, limits);
    }

    /** The project file's bytes as a stream, counted against the limits. */
    InputStream projectFile() {
        return open(qde);
    }

    /** Whether {@code sources/<name>} is in the archive (folder and name ignoring case). */
    boolean hasSource(String name) {
        return sources.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The bytes of {@code sources/<name>}, counted against the limits. */
    byte[] source(String name) {
        ZipEntry entry = sources.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IllegalArgumentException("no source " + name);
        }
        try (InputStream in = open(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw corrupt(entry, e);
        }
    }

    /**
     * Refuses entry names that are absolute, climb with {@code ..}, use backslashes or drive letters, or hold
     * control characters: harmless here (nothing is extracted) but never legitimate in a REFI-QDA archive.
     */
    static void requireSafe(String name) {
        boolean unsafe = name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.matches("(?s)^[A-Za-z]:.*")
                || name.chars().anyMatch(c -> c < 0x20)
                || List.of(name.split("/")).contains("..");
        if (unsafe) {
            throw new DomainException(
                    ExchangeError.UNSAFE_PATH,
                    "the archive entry '" + printable(name) + "' points outside the archive",
                    Map.of("path", printable(name)));
        }
    }

    private InputStream open(ZipEntry entry) {
        if (entry.getSize() > limits.maxEntrySize().toBytes()) {
            throw limit(entry.getName() + " unpacks to " + entry.getSize() + " bytes; at most "
                    + limits.maxEntrySize().toBytes() + " are read from one entry");
        }
        try {
            return new Counted(zip.getInputStream(entry), entry);
        } catch (ZipException e) {
            throw corrupt(entry, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what an entry inflates to, against the entry, archive and ratio limits. */
    private final class Counted extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Counted(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            unpacked += n;
            if (read > limits.maxEntrySize().toBytes()) {
                throw limit(entry.getName() + " unpacks to more than "
                        + limits.maxEntrySize().toBytes() + " bytes");
            }
            if (unpacked > limits.maxUnpackedSize().toBytes()) {
                throw limit("the archive unpacks to more than "
                        + limits.maxUnpackedSize().toBytes() + " bytes");
            }
            long packed = Math.max(1, entry.getCompressedSize());
            if (read > RATIO_FLOOR && read > packed * limits.maxCompressionRatio()) {
                throw limit(entry.getName() + " unpacks to more than " + (long) limits.maxCompressionRatio()
                        + " times its packed size: refused as a zip bomb");
            }
        }
    }

    private static DomainException limit(String message) {
        return new DomainException(ExchangeError.ARCHIVE_LIMIT_EXCEEDED, message);
    }

    private static DomainException corrupt(ZipEntry entry, IOException e) {
        return new DomainException(
                ExchangeError.NOT_A_QDPX,
                "the archive entry " + entry.getName() + " cannot be read: " + e.getMessage());
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the archive was refused; closing it cannot fail in a way the caller could act on
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
