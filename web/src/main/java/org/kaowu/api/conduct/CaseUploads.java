package org.kaowu.api.conduct;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.HttpHeaders;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Params;
import org.kaowu.api.Uploads;
import org.kaowu.conduct.Cases;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.shared.Messages;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A defence as the API takes it: {@code {"text": …, "points": […], "files": [{"name": …, "content": base64}]}}, the
 * body read to its limit (every file at most {@link RegistrationDocument#MAX_BYTES}, typed by content in the core).
 */
final class CaseUploads {

    /** The body's limit: the files' limit in base64 and room for the text. */
    static final int LIMIT = Cases.MAX_FILES * RegistrationDocument.MAX_BYTES / 3 * 4 + 256 * 1024;

    record Defence(String text, List<String> points, List<Cases.Upload> files) {
    }

    private CaseUploads() {
    }

    static Defence read(InputStream body, HttpHeaders headers, Locale locale) {
        byte[] raw = Uploads.read(body, headers, LIMIT, "files");
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(raw))) {
            json = reader.readObject();
        } catch (ClassCastException | jakarta.json.JsonException e) {
            throw Params.bad("body", "", Messages.text(locale, "api.param.json"));
        }
        JsonFields f = JsonFields.of(json, locale);
        List<Cases.Upload> files = new ArrayList<>();
        for (JsonFields file : f.objects("files")) {
            String content = file.text("content");
            byte[] bytes;
            try {
                bytes = content == null ? new byte[0] : Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw Params.bad("files", "", Messages.text(locale, "api.param.string"));
            }
            if (bytes.length > RegistrationDocument.MAX_BYTES) {
                throw Uploads.tooLarge(RegistrationDocument.MAX_BYTES, "files");
            }
            files.add(new Cases.Upload(file.text("name"), bytes));
        }
        return new Defence(f.text("text"), f.texts("points"), files);
    }
}
