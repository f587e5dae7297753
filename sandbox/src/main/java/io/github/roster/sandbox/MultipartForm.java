package io.github.roster.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * Splits a multipart/form-data body into its parts with Apache Commons FileUpload 2 (its streaming API, so
 * nothing is written to disk). Limits: 10 MiB per body, 5 MiB per file, 100 parts.
 */
final class MultipartForm {

    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final long MAX_PARTS = 100;

    /** The body is not a well-formed multipart/form-data body, or exceeds a limit. */
    static final class MalformedFormException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedFormException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private MultipartForm() {
    }

    static List<FormPart> read(SandboxRequest request) throws MalformedFormException {
        StreamingUpload upload = new StreamingUpload();
        upload.setSizeMax(MAX_BODY_BYTES);
        upload.setFileSizeMax(MAX_FILE_BYTES);
        upload.setFileCountMax(MAX_PARTS);
        List<FormPart> parts = new ArrayList<>();
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                byte[] bytes;
                try (InputStream in = item.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                String fileName = item.isFormField() ? null : item.getName();
                parts.add(new FormPart(item.getFieldName(), fileName, item.getContentType(), bytes));
            }
        } catch (IOException e) {
            throw new MalformedFormException("Malformed multipart/form-data body: " + e.getMessage(), e);
        }
        return parts;
    }

    /** FileUpload's parser over a request already read into memory; only the streaming iterator is used. */
    private static final class StreamingUpload
            extends AbstractFileUpload<SandboxRequest, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(SandboxRequest request) throws IOException {
            return getItemIterator(new BodyContext(request));
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(SandboxRequest request) {
            throw new UnsupportedOperationException("the sandbox reads parts as a stream");
        }

        @Override
        public List<DiskFileItem> parseRequest(SandboxRequest request) {
            throw new UnsupportedOperationException("the sandbox reads parts as a stream");
        }
    }

    /** The request as FileUpload sees it. */
    private static final class BodyContext implements RequestContext {

        private final SandboxRequest request;

        BodyContext(SandboxRequest request) {
            this.request = request;
        }

        @Override
        public String getCharacterEncoding() {
            for (String parameter : getContentType().split(";")) {
                String trimmed = parameter.trim();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    return trimmed.substring("charset=".length()).replace("\"", "");
                }
            }
            return null;
        }

        @Override
        public long getContentLength() {
            return request.body().length;
        }

        @Override
        public String getContentType() {
            return request.contentType().orElse("");
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(request.body());
        }

        @Override
        public boolean isMultipartRelated() {
            return getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/related");
        }
    }
}
