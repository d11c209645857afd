package org.skillalliance.messaging.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Kafka is up when the cluster answers a describe request within the timeout; it is part of readiness. */
public class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private final Map<String, Object> adminProperties;
    private final Duration timeout;
    private volatile AdminClient admin;

    public KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        this.adminProperties = adminProperties;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            DescribeClusterResult cluster =
                    admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .size();
            return Health.up()
                    .withDetail("clusterId", clusterId)
                    .withDetail("nodes", nodes)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    private AdminClient admin() {
        AdminClient client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> properties = new java.util.HashMap<>(adminProperties);
                    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health");
                    admin = AdminClient.create(properties);
                }
                client = admin;
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        AdminClient client = admin;
        if (client != null) {
            client.close(Duration.ofSeconds(2));
        }
    }
}
