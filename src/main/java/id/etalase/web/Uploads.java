package id.etalase.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The files a form sent; an empty file input sends one nameless empty part, which is no file. */
final class Uploads {

    private Uploads() {
    }

    static List<byte[]> read(List<FileUpload> uploads) {
        List<byte[]> files = new ArrayList<>();
        for (FileUpload upload : uploads == null ? List.<FileUpload>of() : uploads) {
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
