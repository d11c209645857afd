# One image per service, from the jar `./mvnw -DskipTests package` leaves in <service>/target.
# docker-compose.yml builds it five times with SERVICE set to each module.
#
# The service runs from Spring Boot's extracted layout with the JDK's ahead-of-time cache (JEP 483/514), made here by a
# training run as Spring Boot documents it (docs/images.md, "Startup cache"): the application context is built and the
# JVM exits (spring.context.exit=onRefresh), writing /app/service.aot. A docker build has no database or broker, so the
# training run leaves out what would reach them while the context is built (Flyway's migrations, Kafka's topic
# creation); the service itself runs both as always. Should the training fail, the image is still built, and the JVM
# starts without the cache (-XX:AOTCache of a missing or unusable file is ignored, AOTMode=auto).
FROM eclipse-temurin:25-jre AS extract
ARG SERVICE
WORKDIR /build
COPY ${SERVICE}/target/${SERVICE}-*.jar service.jar
RUN java -Djarmode=tools -jar service.jar extract --destination /app

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 skillalliance
WORKDIR /app
COPY --from=extract /app /app
RUN SPRING_FLYWAY_ENABLED=false SPRING_KAFKA_ADMIN_AUTO_CREATE=false \
      java -XX:AOTCacheOutput=/app/service.aot -Dspring.context.exit=onRefresh -jar /app/service.jar > /tmp/training.log 2>&1 \
    || { tail -n 40 /tmp/training.log; echo "no startup cache: the training run failed; the image starts without it"; }; \
    rm -f /tmp/training.log /app/service.aot.config
USER skillalliance
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-XX:AOTCache=/app/service.aot", "-jar", "/app/service.jar"]
