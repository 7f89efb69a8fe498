#!/bin/sh
# Install GroupKeeper for you alone, without administrator rights:
#   the program          ~/.local/opt/GroupKeeper
#   the command          ~/.local/bin/groupkeeper
#   menu entry, icon, file type and software-centre entry in ${XDG_DATA_HOME:-~/.local/share}
# Run it from the unpacked download:  sh install.sh
# Installing again replaces the program; your group files are never touched.
# To remove it:  sh ~/.local/opt/GroupKeeper/uninstall.sh
set -eu

APP_ID=org.groupkeeper.GroupKeeper
here=$(cd "$(dirname "$0")" && pwd)
: "${HOME:?HOME is not set}"
data=${XDG_DATA_HOME:-$HOME/.local/share}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac  # the spec: relative paths are ignored
opt=$HOME/.local/opt/GroupKeeper
bin=$HOME/.local/bin

if [ ! -x "$here/GroupKeeper/GroupKeeper" ]; then
    echo "install.sh: GroupKeeper/GroupKeeper is missing beside this script; unpack the whole download first." >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    echo "install.sh: note: installing for root only (run it as yourself to install for you)." >&2
fi

# The program: copied beside the old one, then swapped in, so a failed copy changes nothing.
mkdir -p "$HOME/.local/opt" "$bin"
rm -rf "$opt.new"
cp -R "$here/GroupKeeper" "$opt.new"
cp "$here/uninstall.sh" "$opt.new/uninstall.sh"
chmod 755 "$opt.new/uninstall.sh"
for doc in LICENSE THIRD-PARTY-NOTICES.md; do
    if [ -f "$here/$doc" ]; then cp "$here/$doc" "$opt.new/$doc"; fi
done
rm -rf "$opt.old"
if [ -e "$opt" ]; then mv "$opt" "$opt.old"; fi
mv "$opt.new" "$opt"
rm -rf "$opt.old"

# The command, unless another program already owns the name.
link=$bin/groupkeeper
if [ -L "$link" ] || [ ! -e "$link" ]; then
    ln -sfn "$opt/GroupKeeper" "$link"
else
    echo "install.sh: $link exists and is not ours; left it alone (run $opt/GroupKeeper)." >&2
fi

# The menu entry runs the program by its full path: ~/.local/bin is on PATH only after the
# next login on many systems. The Desktop Entry spec: a path in Exec goes in double quotes with
# \ " ` $ escaped by a backslash, each backslash is then written twice, and % as %%.
share=$here/share
mkdir -p "$data/applications"
if [ -f "$share/applications/$APP_ID.desktop" ]; then
    GK_PROGRAM="$opt/GroupKeeper" awk '
        function quoted(path,   out, i, c) {
            out = ""
            for (i = 1; i <= length(path); i++) {
                c = substr(path, i, 1)
                if (c == "\\") out = out "\\\\\\\\"
                else if (c == "\"" || c == "`" || c == "$") out = out "\\\\" c
                else if (c == "%") out = out "%%"
                else out = out c
            }
            return "\"" out "\""
        }
        /^Exec=/ {
            command = substr($0, 6); space = index(command, " ")
            print "Exec=" quoted(ENVIRON["GK_PROGRAM"]) (space ? substr(command, space) : "")
            next
        }
        /^TryExec=/ {
            out = ""; path = ENVIRON["GK_PROGRAM"]
            for (i = 1; i <= length(path); i++) {
                c = substr(path, i, 1); out = out (c == "\\" ? "\\\\" : c)
            }
            print "TryExec=" out
            next
        }
        { print }
    ' "$share/applications/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop.new"
    mv "$data/applications/$APP_ID.desktop.new" "$data/applications/$APP_ID.desktop"
fi
if [ -f "$share/mime/packages/$APP_ID.xml" ]; then
    mkdir -p "$data/mime/packages"
    cp "$share/mime/packages/$APP_ID.xml" "$data/mime/packages/$APP_ID.xml"
fi
if [ -f "$share/metainfo/$APP_ID.metainfo.xml" ]; then
    mkdir -p "$data/metainfo"
    cp "$share/metainfo/$APP_ID.metainfo.xml" "$data/metainfo/$APP_ID.metainfo.xml"
fi
if [ -d "$share/icons/hicolor" ]; then
    (cd "$share/icons" && find hicolor -type f -name "$APP_ID.*") | while IFS= read -r icon; do
        mkdir -p "$data/icons/$(dirname "$icon")"
        cp "$share/icons/$icon" "$data/icons/$icon"
    done
fi

# Tell the desktop; each tool is optional and a failure is not the install's.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if [ -d "$data/mime/packages" ] && command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" 2>/dev/null || true
fi
if [ -d "$data/icons/hicolor" ]; then
    touch "$data/icons/hicolor" 2>/dev/null || true
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
    fi
fi

echo "GroupKeeper is installed: find it in your applications menu, or run: groupkeeper"
case ":${PATH:-}:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH yet; it usually is after you log in again.)" ;;
esac
echo "To remove it: sh $opt/uninstall.sh"
