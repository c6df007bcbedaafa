package org.kaowu.scheduling.documents;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Makes a batch's PDFs one site and day after another into its zip, advancing its progress (see {@link DocumentBatches}). */
@Stateless
public class DocumentBatchRunner {

    private static final Logger LOG = Logger.getLogger(DocumentBatchRunner.class.getName());

    @EJB
    private RoomDocuments documents;

    @Asynchronous
    public void run(DocumentBatches.Batch b, List<RoomDocuments.SiteDay> sites) {
        Path part = b.file().resolveSibling(b.file().getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                try {
                    Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                for (RoomDocuments.SiteDay s : sites) {
                    RoomDocuments.Pdf pdf = documents.site(b.getExamId(), b.getArea(), s.siteId(), s.day(), b.locale(),
                            b.getStartedBy());
                    zip.putNextEntry(new ZipEntry(pdf.fileName()));
                    zip.write(pdf.pdf());
                    zip.closeEntry();
                    b.advanced();
                }
            }
            Files.move(part, b.file());
            b.finished(DocumentBatches.State.COMPLETED);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "room documents batch " + b.getId() + " failed", e);
            b.finished(DocumentBatches.State.FAILED);
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
