#!/usr/bin/env bash
# Builds the services' base image as a tarball, without Docker and without a registry (docs/images.md):
#   infra/docker/java-base-image.sh [output.tar]      (default: target/images/java-base.tar)
#
# The image holds a Java runtime linked by jlink from the JDK that runs this script (21 or newer), the few glibc
# libraries it loads, /etc/passwd with the unprivileged user the services run as, and /tmp. Nothing else: no shell, no
# package manager. Jib builds the five service images on top of it (`-Djib.from.image=tar://...`), and
# infra/docker/build-images.sh does both. The format is `docker save`'s, so `docker load -i` reads it too.
#
# Linux x86-64 only: the glibc libraries come from this machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

# shellcheck source=../scripts/find-jdk.sh
source infra/scripts/find-jdk.sh
JDK="$(find_jdk_21_or_newer)" || exit 1
OUTPUT="$(realpath -m "${1:-target/images/java-base.tar}")"
TAG="skill-alliance/java-base:$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.version = //p')"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ROOT="$WORK/rootfs"
mkdir -p "$ROOT/opt" "$ROOT/etc" "$ROOT/tmp" "$ROOT/lib64" "$ROOT/lib/x86_64-linux-gnu" "$(dirname "$OUTPUT")"
chmod 1777 "$ROOT/tmp"

# The runtime: what Spring Boot, the PostgreSQL driver, the Kafka client and Keycloak's JWT checks use. A JDK built
# without jmods links from its own runtime image (JEP 493), so this works with Temurin 24+ as with older JDKs.
"$JDK/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.management,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns \
  --strip-debug --no-man-pages --no-header-files --output "$ROOT/opt/java"

# The shared libraries the runtime needs at start and for networking (glibc has its DNS and files lookups built in
# since 2.34); the dynamic loader where the binaries look for it.
for library in $(ldd "$ROOT/opt/java/bin/java" "$ROOT/opt/java/lib/server/libjvm.so" "$ROOT/opt/java/lib/libnet.so" \
    "$ROOT/opt/java/lib/libnio.so" "$ROOT/opt/java/lib/libzip.so" | awk '/=> \// {print $3}' | sort -u); do
  case "$library" in "$ROOT"/*) continue ;; esac
  cp -L "$library" "$ROOT/lib/x86_64-linux-gnu/"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$ROOT/lib64/"

cat > "$ROOT/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
skillalliance:x:10001:10001:Skill Alliance service:/tmp:/sbin/nologin
EOF
cat > "$ROOT/etc/group" <<'EOF'
root:x:0:
skillalliance:x:10001:
EOF
echo "hosts: files dns" > "$ROOT/etc/nsswitch.conf"

# One layer, then the image configuration and manifest in `docker save` layout.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$ROOT" -cf "$WORK/layer.tar" .
LAYER_DIGEST="sha256:$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)"
cat > "$WORK/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"10001:10001",
  "WorkingDir":"/tmp"},
 "rootfs":{"type":"layers","diff_ids":["$LAYER_DIGEST"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"infra/docker/java-base-image.sh (jlink runtime, glibc)"}]}
EOF
CONFIG_NAME="$(sha256sum "$WORK/config.json" | cut -d' ' -f1).json"
mv "$WORK/config.json" "$WORK/$CONFIG_NAME"
mkdir "$WORK/layer" && mv "$WORK/layer.tar" "$WORK/layer/layer.tar"
printf '[{"Config":"%s","RepoTags":["%s"],"Layers":["layer/layer.tar"]}]\n' "$CONFIG_NAME" "$TAG" \
  > "$WORK/manifest.json"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$WORK" \
  -cf "$OUTPUT" manifest.json "$CONFIG_NAME" layer/layer.tar

echo "$TAG -> $OUTPUT ($(du -h "$OUTPUT" | cut -f1), runtime from $JDK)"
