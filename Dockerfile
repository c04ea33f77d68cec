# App image for docker-compose.yml. The production build compiles the frontend bundle, so this stage needs the
# internet (Vaadin fetches Node.js 24 itself) or a Node.js 24 on PATH.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/conflict-map-*.jar /app/conflict-map.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/conflict-map.jar"]
