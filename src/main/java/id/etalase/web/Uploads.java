package id.etalase.web;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The files a form sent, which Quarkus has streamed into its uploads directory (deleted when the request ends); an
 * empty file input sends one nameless empty part, which is no file. Nothing is read into memory here before its size
 * is checked: photos are read from their files by the photo processor, which checks the size first.
 */
final class Uploads {

    private Uploads() {
    }

    /** The files themselves, not read. */
    static List<Path> files(List<FileUpload> uploads) {
        List<Path> files = new ArrayList<>();
        for (FileUpload upload : uploads == null ? List.<FileUpload>of() : uploads) {
            if (upload != null && upload.size() > 0) {
                files.add(upload.uploadedFile());
            }
        }
        return files;
    }

    /** The files in memory (a spreadsheet, an admin's logo); one above {@code maxBytes} is refused before reading. */
    static List<byte[]> read(List<FileUpload> uploads, long maxBytes, FieldError tooLarge) {
        List<byte[]> files = new ArrayList<>();
        for (FileUpload upload : uploads == null ? List.<FileUpload>of() : uploads) {
            if (upload != null && upload.size() > maxBytes) {
                throw new InvalidInputException(tooLarge);
            }
            if (upload != null && upload.size() > 0) {
                try {
                    files.add(Files.readAllBytes(upload.uploadedFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
