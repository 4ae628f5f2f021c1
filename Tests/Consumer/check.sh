#!/usr/bin/env bash
# Builds Tests/Consumer as an app would: it depends on LiangXinKit by URL and version, with
# `traits: []`. The URL is mirrored to a git copy of this working tree, tagged with the
# manifest's version. The script then checks four things:
# 1. SwiftPM resolves no package besides LiangXinKit.
# 2. The build compiles none of the generator's or the tools' modules (so no libyaml), and
#    succeeds with a pkg-config that fails every call.
# 3. The generated code's internals (readers, writers, the issue collector, `init?(json:…)`)
#    are out of an app's reach: each line of internals-probes.txt fails to compile in the
#    app, and compiles once `@_spi(LiangXinGenerated)` is imported.
# 4. Every Swift snippet in README.md and the DocC catalogs compiles inside the app
#    (Tests/Consumer/snippets.py).
# 5. The app prints what expected-output.txt says.
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

# A pkg-config that records each call and fails it: the app's build must not need it.
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
started=$(date +%s)
if ! swift build --package-path "$work/MyApp" > "$work/build.log" 2>&1; then
  grep -E "error|warning" "$work/build.log" | head -40; echo "error: the app does not build"; exit 1
fi
echo "first debug build of the app: $(( $(date +%s) - started )) s"
# A snippet that compiles with a warning teaches a reader something wrong: none is allowed.
if grep -E "^(README\.md|[^:]*\.docc/[^:]*\.md):[0-9]+:[0-9]+: warning" "$work/build.log" | sort -u | grep .; then
  echo "error: the docs' snippets compile with warnings"; exit 1
fi
bin="$(swift build --package-path "$work/MyApp" --show-bin-path)"
# SwiftPM makes a folder for every target it plans; a module it compiled has object files.
built=$(for folder in "$bin"/*.build; do
  if ls "$folder"/*.o > /dev/null 2>&1; then basename "$folder" .build; fi
done | sort | tr '\n' ' ')
echo "modules built: $built"
for module in CYAML LiangXinYAML LiangXinSpec LiangXinGenerator LiangXinSandbox Hummingbird ArgumentParser NIOCore; do
  case " $built " in *" $module "*) echo "error: the app built $module"; exit 1 ;; esac
done
# SwiftPM asks pkg-config about every system library in the graph while planning, built or not,
# and warns when it gets no answer; the build itself must not need one.
if [ -e "$work/pkg-config-calls" ]; then
  echo "pkg-config (failing, as if absent) was asked: $(sort -u "$work/pkg-config-calls" | tr '\n' ';')"
  grep -E "^warning: .*pkg-config|^warning: .*yaml" "$work/build.log" | sort -u || true
fi

echo "-- internals are SPI: each probe must fail to compile in the app"
modules=$(dirname "$(find "$bin" -name 'LiangXinClient.swiftmodule' | head -1)")
while IFS='|' read -r name code; do
  [ -z "$name" ] && continue
  printf 'import LiangXinClient\nfunc probe() {\n    %s\n}\n' "$code" > "$work/probe.swift"
  if swiftc -typecheck -I "$modules" "$work/probe.swift" > "$work/probe.log" 2>&1; then
    echo "error: an app can use $name: $code"; exit 1
  fi
  # The same line compiles once the SPI is imported: it failed for being SPI, nothing else.
  printf '@_spi(LiangXinGenerated) import LiangXinRuntime\n' | cat - "$work/probe.swift" > "$work/probe-spi.swift"
  swiftc -typecheck -I "$modules" "$work/probe-spi.swift" > "$work/probe.log" 2>&1 ||
    { echo "error: the probe for $name does not compile even with the SPI:"; cat "$work/probe.log"; exit 1; }
  echo "hidden: $name"
done < "$consumer/internals-probes.txt"

echo "-- run"
"$bin/MyApp" > "$work/output.txt"
diff -u "$consumer/expected-output.txt" "$work/output.txt"
echo "ok: the app resolves LiangXinKit alone, builds without libyaml or pkg-config, and runs"
