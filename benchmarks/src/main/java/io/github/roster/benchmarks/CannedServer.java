package io.github.roster.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP server on 127.0.0.1 that answers the three operations with the reference examples and nothing
 * else: no validation, no state, so a benchmark measures the client, not the server.
 */
final class CannedServer implements AutoCloseable {

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";
    static final long COMPANY = 8089L;
    static final long PROCORE_USER = 1234567890123L;

    static final byte[] BIM360_USER = """
            {"id":"a75e8769-621e-40b6-a524-0cffdd2f784e","account_id":"9dbb160e-b904-458b-bc5c-ed184687592d",
             "status":"inactive","role":"account_admin","company_id":"14e95a5e-02eb-49aa-a39a-447d90544873",
             "company_name":"Autodesk","last_sign_in":"2016-04-07 08:00:24.020422","email":"john.smith@mail.com",
             "name":"John Smith","nickname":"Johnny","first_name":"John","last_name":"Smith","uid":"L9EBJKCGCXBB",
             "image_url":"http://static-dc.autodesk.net/etc/designs/v201412151200/autodesk/adsk-design/images/autodesk_header_logo_140x23.png",
             "address_line_1":"The Fifth Avenue","address_line_2":"#301","city":"New York","postal_code":"10011",
             "state_or_province":"New York","country":"United States","phone":"(634)329-2353","company":"Autodesk",
             "job_title":"Software Developer","industry":"IT","about_me":"Nothing here","default_role":"BIM Manager",
             "default_role_id":"4e7e02ae-2994-4210-9153-84bfb9a23a63","created_at":"2015-06-26T14:47:39.458Z",
             "updated_at":"2016-04-07T08:00:24.027Z"}""".getBytes(StandardCharsets.UTF_8);

    static final byte[] PROCORE_USER_BODY = """
            {"id":1234567890123,"address":"6309 Carpinteria Ave","add_to_new_projects":false,"avatar":null,
             "business_id":null,"business_phone":"+1 805 555 0100","business_phone_extension":12,"city":"Carpinteria",
             "country_code":"US","email_address":"john.smith@example.com","email_signature":null,"employee_id":"E-1001",
             "fax_number":null,"first_name":"John","initials":"JS","is_active":false,"is_employee":true,
             "is_insurance_manager":false,"job_title":"Superintendent","last_login_at":"2026-10-01T15:04:05Z",
             "last_name":"Smith","mobile_phone":null,"name":"John Smith","notes":"Left the company","state_code":"CA",
             "zip":"93013","origin_id":null,"origin_data":null,"created_at":"2020-01-15T08:00:00Z",
             "updated_at":"2026-11-20T10:30:00Z","vendor":{"id":4455667788,"name":"Acme Concrete"},
             "work_classification_id":null,"default_permission_template_id":null,
             "company_permission_template_id":5566778899}""".getBytes(StandardCharsets.UTF_8);

    static final byte[] JOB = "{\"jobId\":\"0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService pool;
    /** While set, request bodies are kept here instead of discarded, so a benchmark can compare what it sends. */
    private final AtomicReference<java.io.ByteArrayOutputStream> recording = new AtomicReference<>();

    CannedServer() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.createContext("/hq/", ex -> answer(ex, 200, BIM360_USER));
        server.createContext("/construction/", ex -> answer(ex, 202, JOB));
        server.createContext("/rest/", ex -> answer(ex, 200, PROCORE_USER_BODY));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The request bodies received while {@code send} runs, concatenated (run it on one thread).
     *
     * @param send sends requests to this server
     * @return the bytes of their bodies
     */
    byte[] bodiesOf(Sender send) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        recording.set(bytes);
        try {
            send.run();
        } finally {
            recording.set(null);
        }
        return bytes.toByteArray();
    }

    /** Something that sends requests. */
    @FunctionalInterface
    interface Sender {
        void run() throws Exception;
    }

    private void answer(HttpExchange ex, int status, byte[] body) throws IOException {
        java.io.ByteArrayOutputStream record = recording.get();
        try (InputStream in = ex.getRequestBody()) {
            if (record != null) {
                synchronized (record) {
                    in.transferTo(record);
                }
            } else {
                in.transferTo(OutputStreamSink.INSTANCE);
            }
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Discards request bodies. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
