package org.skillalliance.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions the build wrote into the launcher: the services' jar version, Keycloak's, Zipkin's and GreenMail's. */
final class Versions {

    private static final Properties VERSIONS = load();

    private Versions() {}

    /** The version of the service jars, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String project() {
        return get("project.version");
    }

    /** The keycloak-quarkus-dist version, e.g. {@code 26.7.3}. */
    static String keycloak() {
        return get("keycloak.version");
    }

    /** The zipkin-server version (its {@code exec} jar is the local trace collector's UI and store), e.g. 3.5.1. */
    static String zipkin() {
        return get("zipkin.version");
    }

    /** The GreenMail version (its standalone jar is the local platform's mail server), e.g. 2.1.5. */
    static String greenmail() {
        return get("greenmail.version");
    }

    private static String get(String key) {
        String value = VERSIONS.getProperty(key);
        if (value == null || value.startsWith("@")) {
            throw new IllegalStateException("versions.properties was not filled in by the build (" + key
                    + "): build the launcher with ./mvnw -pl infra/platform -am package");
        }
        return value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the launcher's class path");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
