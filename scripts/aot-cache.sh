#!/usr/bin/env bash
# Prepares the quickest start of the built jar: unpacks it into target/app (the layout the JVM's ahead-of-time
# cache needs) and makes the cache with one training run that starts the application on a throw-away database
# and stops it as soon as it is ready. Run it again after every build and after changing the JDK; the cache is
# then used by
#
#   java -XX:AOTCache=target/app/ohjaamo.aot -XX:+UseSerialGC -Xms64m -Xmx512m -jar target/app/ohjaamo.jar
#
# Needs JDK 25 or newer (JAVA_HOME, by default /usr/lib/jvm/temurin-25-jdk-amd64); on JDK 21–24 start the jar
# without the cache.
set -euo pipefail

SCRIPT=$(realpath "$0")
cd "$(dirname "$SCRIPT")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

jar=$(ls target/ohjaamo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { echo "no jar in target/: build it first with ./mvnw -DskipTests package" >&2; exit 1; }

rm -rf target/app
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination target/app >/dev/null
mv "target/app/$(basename "$jar")" target/app/ohjaamo.jar

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
(cd target/app && "$JAVA" -XX:AOTCacheOutput=ohjaamo.aot -XX:+UseSerialGC -Dspring.context.exit=onRefresh \
	-jar ohjaamo.jar --ohjaamo.data-dir="$training" --ohjaamo.documents.warm-up=false >"$training/training.log" 2>&1) \
	|| { cat "$training/training.log" >&2; exit 1; }
echo "target/app/ohjaamo.aot is ready ($(du -h target/app/ohjaamo.aot | cut -f1))"
