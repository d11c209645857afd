#!/usr/bin/env bash
# find_jdk_21_or_newer: prints the home of a JDK 21+, or says what is missing on stderr and fails.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK 21+ among the java on PATH and the usual JVM folders.

java_major_version() { # <java executable>
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

is_jdk_21_or_newer() { # <home>
  local major
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major="$(java_major_version "$1/bin/java")"
  [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ]
}

find_jdk_21_or_newer() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk_21_or_newer "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return 0
  fi
  local -a candidates=()
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local candidate best="" best_major=0 major
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    is_jdk_21_or_newer "$candidate" || continue
    major="$(java_major_version "$candidate/bin/java")"
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -n "$best" ]; then
    echo "$best"
    return 0
  fi
  {
    echo "No JDK 21 or newer found (looked at JAVA_HOME, the java on PATH, /usr/lib/jvm, /opt, ~/.sdkman and ~/.jdks)."
    echo "Skill Alliance needs a JDK 21+ and nothing else: install one (for example Temurin 21 or 25) and set JAVA_HOME."
  } >&2
  return 1
}
