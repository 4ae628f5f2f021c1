#!/usr/bin/env bash
# Builds Tests/Consumer as an app would: it depends on LiangXinKit by URL and version, with
# `traits: []`. The URL is mirrored to a git copy of this working tree, tagged with the
# manifest's version. The script then checks four things:
# 1. SwiftPM resolves no package besides LiangXinKit.
# 2. The build compiles none of the generator's or the tools' modules (so no libyaml), and
#    never asks pkg-config.
# 3. Every Swift snippet in README.md and the DocC catalogs compiles inside the app
#    (Tests/Consumer/snippets.py).
# 4. The app prints what expected-output.txt says.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
consumer="$root/Tests/Consumer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

url=$(sed -n 's/.*\.package(url: "\([^"]*\)", from: "\([^"]*\)".*/\1/p' "$consumer/Package.swift")
version=$(sed -n 's/.*\.package(url: "\([^"]*\)", from: "\([^"]*\)".*/\2/p' "$consumer/Package.swift")
[ -n "$url" ] && [ -n "$version" ] || { echo "error: no .package(url:from:) line in Tests/Consumer/Package.swift"; exit 1; }

echo "-- a git copy of the working tree at $work/LiangXinKit, tagged $version"
mkdir "$work/LiangXinKit"
(cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$work/LiangXinKit" 2>/dev/null || true)
git -C "$work/LiangXinKit" init -q
git -C "$work/LiangXinKit" add -A
git -C "$work/LiangXinKit" -c user.name=ci -c user.email=ci@localhost commit -qm "working tree"
git -C "$work/LiangXinKit" tag "$version"

echo "-- the app, with the docs' snippets in it"
mkdir "$work/MyApp"
cp -r "$consumer/Package.swift" "$consumer/Sources" "$work/MyApp/"
python3 "$consumer/snippets.py" --root "$root" --output "$work/MyApp/Sources/MyApp/Snippets"
swift package --package-path "$work/MyApp" config set-mirror --original "$url" --mirror "$work/LiangXinKit"

# A pkg-config that records each call: the app's build must never need it.
mkdir "$work/bin"
printf '#!/bin/sh\necho "$@" >> "%s/pkg-config-calls"\nexit 1\n' "$work" > "$work/bin/pkg-config"
chmod +x "$work/bin/pkg-config"
export PATH="$work/bin:$PATH"

echo "-- resolve: LiangXinKit alone"
swift package --package-path "$work/MyApp" resolve
swift package --package-path "$work/MyApp" show-dependencies --format json > "$work/dependencies.json"
python3 - "$work/dependencies.json" <<'PY'
import json, sys

def identities(package):
    """Every package in the resolved graph below `package`, by identity."""
    found = []
    for dependency in package["dependencies"]:
        found.append(dependency["identity"])
        found += identities(dependency)
    return found

resolved = sorted(set(identities(json.load(open(sys.argv[1])))))
print("resolved:", ", ".join(resolved))
if resolved != ["liangxinkit"]:
    sys.exit(f"error: the app resolves {resolved}, expected ['liangxinkit'] alone")
PY

echo "-- build"
swift build --package-path "$work/MyApp" 2>&1 | tail -3
bin="$(swift build --package-path "$work/MyApp" --show-bin-path)"
built=$(ls "$bin" | sed -n 's/\.build$//p' | sort | tr '\n' ' ')
echo "modules built: $built"
for module in CYAML LiangXinYAML LiangXinSpec LiangXinGenerator LiangXinSandbox Hummingbird ArgumentParser NIOCore; do
  case " $built " in *" $module "*) echo "error: the app built $module"; exit 1 ;; esac
done
if [ -e "$work/pkg-config-calls" ]; then
  echo "error: the app's build called pkg-config:"; cat "$work/pkg-config-calls"; exit 1
fi

echo "-- run"
"$bin/MyApp" > "$work/output.txt"
diff -u "$consumer/expected-output.txt" "$work/output.txt"
echo "ok: the app resolves LiangXinKit alone, builds without libyaml or pkg-config, and runs"
