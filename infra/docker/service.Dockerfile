# One image per service, from the jar `./mvnw -DskipTests package` leaves in <service>/target.
# docker-compose.yml builds it five times with SERVICE set to each module.
FROM eclipse-temurin:25-jre
ARG SERVICE
RUN useradd --system --uid 10001 skillalliance
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}-*.jar /app/service.jar
USER skillalliance
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
