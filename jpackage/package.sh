#!/usr/bin/env bash
# Builds Skyrack's Linux packages: a jlink runtime holding the JDK modules the workbench needs plus the
# JavaFX modules, then with jpackage an app-image (jpackage/target/skyrack/) and a .deb with the icon and a
# desktop entry (jpackage/target/skyrack_<version>_amd64.deb). The application's own jars stay on the class
# path. Needs JDK 17 (jlink, jpackage) and Maven; the .deb also needs dpkg-deb and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/jpackage/target
VERSION=${SKYRACK_VERSION:-0.1.0}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -q -DskipTests package -pl app -am
fi
LIB=$ROOT/app/target/lib
[ -f "$ROOT/app/target/skyrack-app.jar" ] || { echo "app/target/skyrack-app.jar is missing; build first" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/fx"
# JavaFX goes into the runtime as modules (the -linux jars carry the native libraries); everything else is
# the application's class path
cp "$LIB"/javafx-*-linux.jar "$OUT/fx/"
for j in "$LIB"/*.jar; do
    case "$(basename "$j")" in
        javafx-*) ;;
        *) cp "$j" "$OUT/input/" ;;
    esac
done
cp "$ROOT/app/target/skyrack-app.jar" "$OUT/input/"

# JDK modules: what jdeps finds in the application and its libraries, plus those loaded reflectively
JDK_MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.jfr
jlink --module-path "$OUT/fx" \
    --add-modules "$JDK_MODULES,javafx.base,javafx.graphics,javafx.controls,javafx.swing,javafx.fxml" \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$OUT/runtime"

# the workbench's JVM options, from the file ./skyrack and the start-up benchmark read too
JAVA_OPTIONS=()
while read -r option; do
    JAVA_OPTIONS+=(--java-options "$option")
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/app/src/main/resources/io/skyrack/app/workbench-jvm.options")

COMMON=(--name skyrack --app-version "$VERSION" --vendor "Skyrack" \
    --description "Workbench for planning orbital data centers" \
    --input "$OUT/input" --main-jar skyrack-app.jar --main-class io.skyrack.app.Main \
    --runtime-image "$OUT/runtime" --icon "$ROOT/jpackage/skyrack.png" \
    "${JAVA_OPTIONS[@]}" --java-options "-XX:MaxRAMPercentage=50")

jpackage --type app-image --dest "$OUT" "${COMMON[@]}"
if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    jpackage --type deb --dest "$OUT" "${COMMON[@]}" \
        --linux-shortcut --linux-menu-group "Science;Engineering" --linux-app-category science \
        --linux-package-name skyrack --linux-deb-maintainer "skyrack@example.invalid"
else
    echo "dpkg-deb or fakeroot missing: built the app-image only" >&2
fi
ls -la "$OUT" | grep -E "skyrack" || true
