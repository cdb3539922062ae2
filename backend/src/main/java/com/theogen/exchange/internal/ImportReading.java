package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeError;
import com.theogen.exchange.ExchangeFormat;
import com.theogen.exchange.ExchangeProperties;
import com.theogen.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Opens a staged upload and plans its import; the same steps in the request (to check) and in the job. */
@Component
class ImportReading {

    private final ExchangeProperties limits;

    ImportReading(ExchangeProperties limits) {
        this.limits = limits;
    }

    /** A planned import with the archive it reads sources from (null for a codebook); close it when done. */
    record Opened(ImportPlan plan, QdpxArchive archive) implements AutoCloseable {
        @Override
        public void close() {
            if (archive != null) {
                archive.close();
            }
        }
    }

    Opened open(Path file, ExchangeFormat format) {
        try {
            if (Files.size(file) == 0) {
                throw new DomainException(ExchangeError.IMPORT_BODY_MISSING, "the request carries no file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (format == ExchangeFormat.QDC) {
            return new Opened(ImportPlanner.plan(readCodebook(file), null), null);
        }
        QdpxArchive archive = QdpxArchive.open(file, limits);
        try {
            Refi.Project project;
            try (InputStream qde = archive.projectFile()) {
                project = QdeReader.project(qde);
            }
            return new Opened(ImportPlanner.plan(project, archive), archive);
        } catch (IOException e) {
            archive.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            archive.close();
            throw unwrap(e);
        }
    }

    private Refi.Project readCodebook(Path file) {
        try {
            if (Files.size(file) > limits.maxEntrySize().toBytes()) {
                throw new DomainException(
                        ExchangeError.ARCHIVE_LIMIT_EXCEEDED,
                        "the codebook is larger than " + limits.maxEntrySize().toBytes() + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return QdeReader.codebook(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A limit hit while the XML parser was reading surfaces as the parser's own exception: find ours. */
    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return e;
    }
}
