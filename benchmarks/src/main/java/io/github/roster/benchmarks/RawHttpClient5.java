package io.github.roster.benchmarks;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The floor every Roster path is compared with: Apache HttpClient 5 with a pooled, kept-alive connection, a
 * pre-serialised body, and the answer read as bytes (not decoded). The fastest raw Java client on this machine.
 */
final class RawHttpClient5 implements AutoCloseable {

    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnPerRoute(4).build())
            .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();

    /**
     * Sends one request and reads the whole answer.
     *
     * @param method the HTTP method
     * @param url the absolute URL
     * @param body the JSON body, already serialised
     * @param headers name, value, name, value...
     * @return the answer's body
     * @throws IOException when the request fails
     */
    byte[] send(String method, String url, byte[] body, String... headers) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        request.addHeader("Content-Type", "application/json");
        request.setEntity(new ByteArrayEntity(body, null));
        return http.execute(request, response -> {
            if (response.getCode() >= 300) {
                throw new IOException("status " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
