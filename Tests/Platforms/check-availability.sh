#!/usr/bin/env bash
# Checks the Apple platform minimums of Package.swift as far as a Linux toolchain can.
#
# For each Apple platform, the script builds the standard library's module from the
# Swift.swiftinterface the Linux toolchain ships. That interface carries Apple availability
# (`@available(macOS 13.0, iOS 16.0, watchOS 9.0, tvOS 16.0, *)` on `Duration`). The script then
# type-checks LiangXinRuntime, then the generated LiangXin models, against it, at the declared
# minimum, with availability checking on. A control that uses `Duration` must fail one version
# below the minimum and compile at it, which proves the checking is real.
#
# Not checked: visionOS (its availability follows iOS's, and its standard library does not
# rebuild for an x86_64 simulator this way; visionOS 1 came after iOS 17, above iOS's
# minimum), LiangXinAPI and LiangXinClient (they import Foundation, and Linux's Foundation
# carries no Apple availability), and _Concurrency (the compiler cannot rebuild it this way).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")"
arch=$(uname -m)
case "$arch" in
  x86_64) darwin_arch=x86_64 ;;
  aarch64) darwin_arch=arm64 ;;
  *) echo "error: no Apple target for $arch"; exit 1 ;;
esac
interface="$toolchain/lib/swift/linux/Swift.swiftmodule/$arch-unknown-linux-gnu.swiftinterface"
[ -f "$interface" ] || { echo "error: no $interface"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The minimums, as Package.swift declares them: `.macOS(.v13)` → macOS 13.
declared() {
  sed -n "s/.*\.$1(\.v\([0-9_]*\)).*/\1/p" "$root/Package.swift" | head -1 | tr _ .
}

# Whether a log is free of errors, but for the one a standard library rebuilt from its
# interface gives: it lacks the intrinsics of implicit pointer conversions (passing a buffer's
# baseAddress to memcmp), which a real SDK's has. Fails when another error is there.
real_errors() {
  ! grep -E "^[^ ].*error: " "$1" | grep -v "broken standard library: cannot find intrinsic operations on UnsafeMutablePointer<T>" | grep -q .
}

# One platform: its name in Package.swift, its target OS, the lowest version to build the
# standard library for, and the simulator suffix.
check() {
  local name=$1 os=$2 floor=$3 suffix=$4
  local minimum
  minimum=$(declared "$name")
  [ -n "$minimum" ] || { echo "error: Package.swift declares no $name minimum"; return 1; }
  local dir="$work/$name" module_triple="$darwin_arch-apple-${os/macosx/macos}$suffix"
  # The fake SDK: the compiler looks for the standard library in <sdk>/usr/lib/swift.
  local resources="$dir/usr/lib/swift"
  mkdir -p "$resources/Swift.swiftmodule" "$dir/interface/Swift.swiftmodule" "$dir/include"
  ln -s "$toolchain/lib/swift/shims" "$resources/shims"
  # The C library the runtime takes memcmp from, as the Darwin module would give it.
  printf 'module Darwin [system] {\n  header "darwin.h"\n  export *\n}\n' > "$dir/include/module.modulemap"
  printf 'int memcmp(const void *, const void *, unsigned long);\n' > "$dir/include/darwin.h"
  sed -e "s/-target $arch-unknown-linux-gnu/-target $darwin_arch-apple-$os$floor$suffix/" \
    -e 's/@backDeployed(before: [^)]*)//' "$interface" > "$dir/interface/Swift.swiftmodule/$module_triple.swiftinterface"
  swiftc -frontend -compile-module-from-interface -module-name Swift -parse-stdlib \
    "$dir/interface/Swift.swiftmodule/$module_triple.swiftinterface" \
    -o "$resources/Swift.swiftmodule/$module_triple.swiftmodule" > "$dir/stdlib.log" 2>&1 ||
    { echo "error: the $name standard library did not build:"; grep error "$dir/stdlib.log" | head; return 1; }

  local flags=(-sdk "$dir" -resource-dir "$resources" -I "$dir/include"
    -Xfrontend -disable-implicit-concurrency-module-import
    -Xfrontend -disable-implicit-string-processing-module-import)
  local target="$darwin_arch-apple-$os$minimum$suffix"
  # The control: Duration is unavailable below the minimum, available at it.
  printf 'public func control() -> Duration { .seconds(1) }\n' > "$dir/control.swift"
  local below="$darwin_arch-apple-$os$(( ${minimum%%.*} - 1 )).0$suffix"
  if swiftc -typecheck -target "$below" "${flags[@]}" "$dir/control.swift" > "$dir/control.log" 2>&1; then
    echo "error: $name: Duration compiled for $below, so availability is not being checked"; return 1
  fi
  grep -q "is only available in" "$dir/control.log" ||
    { echo "error: $name: the control failed for another reason:"; cat "$dir/control.log"; return 1; }
  swiftc -typecheck -target "$target" "${flags[@]}" "$dir/control.swift" > "$dir/control.log" 2>&1 ||
    { echo "error: $name: the control does not compile at $target:"; cat "$dir/control.log"; return 1; }

  local runtime_sources
  runtime_sources=$(find "$root/Sources/LiangXinRuntime" -name '*.swift' | sort)
  # -O: a debug build would import SwiftOnoneSupport, which is not built here.
  swiftc -typecheck -O -parse-as-library -module-name LiangXinRuntime -target "$target" "${flags[@]}" \
    $runtime_sources > "$dir/runtime.log" 2>&1 || true
  real_errors "$dir/runtime.log" ||
    { echo "error: $name: LiangXinRuntime does not compile at $target:"; grep -A3 error: "$dir/runtime.log" | head -30; return 1; }
  # The models, type-checked in one module with the runtime (a module file of the runtime
  # cannot be written: SIL would need the missing intrinsics), their imports of it removed.
  mkdir -p "$dir/models"
  for file in $(find "$root/Generated/LiangXin" -name '*.swift' | sort); do
    grep -v '^\(@_exported \|@_spi([A-Za-z]*) \)\?import LiangXinRuntime$' "$file" > "$dir/models/$(basename "$file")"
  done
  swiftc -typecheck -O -parse-as-library -module-name LiangXinRuntime -swift-version 5 -target "$target" \
    "${flags[@]}" $runtime_sources "$dir"/models/*.swift > "$dir/models.log" 2>&1 || true
  real_errors "$dir/models.log" ||
    { echo "error: $name: LiangXin does not compile at $target:"; grep -A3 error: "$dir/models.log" | head -30; return 1; }
  echo "ok: $name $minimum ($target): LiangXinRuntime and LiangXin type-check; Duration's availability enforced"
}

status=0
check macOS macosx 10.13 "" & a=$!
check iOS ios 12.0 -simulator & b=$!
wait $a || status=1
wait $b || status=1
check tvOS tvos 12.0 -simulator & a=$!
check watchOS watchos 4.0 -simulator & b=$!
wait $a || status=1
wait $b || status=1
exit $status
