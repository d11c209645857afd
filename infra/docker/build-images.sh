#!/usr/bin/env bash
# The five service images as tarballs, with no Docker daemon and no registry (docs/images.md):
#   infra/docker/build-images.sh
# builds the base image (infra/docker/java-base-image.sh: a jlink runtime and glibc, no registry needed), then each
# service's image on top of it with Jib, into <service>/target/jib-image.tar, tagged skill-alliance/<service>:<version>.
# `docker load -i <service>/target/jib-image.tar` loads one where Docker runs.
#
# With a registry at hand, use the usual base instead: JIB_BASE_IMAGE=eclipse-temurin:25-jre infra/docker/build-images.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

# shellcheck source=../scripts/find-jdk.sh
source infra/scripts/find-jdk.sh
JAVA_HOME="$(find_jdk_21_or_newer)" || exit 1
export JAVA_HOME

SERVICES=gateway,member-service,curriculum-service,funding-service,reporting-service
if [ -z "${JIB_BASE_IMAGE:-}" ]; then
  infra/docker/java-base-image.sh target/images/java-base.tar
  JIB_BASE_IMAGE="tar://$(pwd)/target/images/java-base.tar"
fi

./mvnw -B -q -DskipTests package jib:buildTar -pl "$SERVICES" -Djib.from.image="$JIB_BASE_IMAGE"

for service in ${SERVICES//,/ }; do
  image="$service/target/jib-image.tar"
  tag="$(tar -xOf "$image" manifest.json | sed -E 's/.*"RepoTags":\["([^"]+)".*/\1/')"
  printf '%-20s %-45s %s\n' "$service" "$tag" "$(du -h "$image" | cut -f1) $image"
done
