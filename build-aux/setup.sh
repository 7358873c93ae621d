# Sourced by build-aux/run, build-aux/test and .ci/run: installs the missing Debian
# packages of build-aux/debian-packages.txt, configures the meson build directory and
# builds it.
#
# Environment:
#   WIJK_BUILD_DIR      build directory, relative to the source tree or absolute
#                       (default: build)
#   WIJK_MESON_OPTIONS  extra options for `meson setup`, e.g. "-Db_sanitize=address"
#
# Sets WIJK_SOURCE_DIR and WIJK_BUILD_DIR (absolute) for the caller.

WIJK_SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WIJK_BUILD_DIR="${WIJK_BUILD_DIR:-build}"
case "$WIJK_BUILD_DIR" in
  /*) ;;
  *) WIJK_BUILD_DIR="$WIJK_SOURCE_DIR/$WIJK_BUILD_DIR" ;;
esac

wijk_missing_packages ()
{
  local line pkg status

  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%%#*}"
    for pkg in $line; do
      status="$(dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null || true)"
      case "$status" in
        *"install ok installed"*) ;;
        *) echo "$pkg" ;;
      esac
    done
  done < "$WIJK_SOURCE_DIR/build-aux/debian-packages.txt"
}

wijk_install_packages ()
{
  local missing=() as_root=()

  mapfile -t missing < <(wijk_missing_packages)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi

  echo "Installing the missing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "error: these packages are missing and sudo is not installed; as root, run:" >&2
      echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
      return 1
    fi
    as_root=(sudo)
  fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

wijk_configure_and_build ()
{
  local options=()

  read -r -a options <<< "${WIJK_MESON_OPTIONS:-}"
  if [ ! -f "$WIJK_BUILD_DIR/meson-private/coredata.dat" ]; then
    meson setup "${options[@]}" "$WIJK_BUILD_DIR" "$WIJK_SOURCE_DIR"
  elif [ "${#options[@]}" -gt 0 ]; then
    meson setup --reconfigure "${options[@]}" "$WIJK_BUILD_DIR" "$WIJK_SOURCE_DIR"
  fi
  ninja -C "$WIJK_BUILD_DIR"
}

wijk_prepare ()
{
  wijk_install_packages
  wijk_configure_and_build
}
