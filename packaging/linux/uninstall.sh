#!/bin/sh
# Remove what install.sh installed: the program, the groupkeeper command, the menu entry, the
# icons, the file type and the software-centre entry. Your group files, their backups and your
# settings stay (they are in ~/.local/share/GroupKeeper and ~/.config/GroupKeeper).
#   sh ~/.local/opt/GroupKeeper/uninstall.sh
set -eu

APP_ID=org.groupkeeper.GroupKeeper
: "${HOME:?HOME is not set}"
data=${XDG_DATA_HOME:-$HOME/.local/share}
case $data in /*) ;; *) data=$HOME/.local/share ;; esac
opt=$HOME/.local/opt/GroupKeeper
link=$HOME/.local/bin/groupkeeper

# The command only if it is ours (a link into the program's folder).
if [ -L "$link" ]; then
    case $(readlink "$link") in "$opt"/*) rm -f "$link" ;; esac
fi
rm -f "$data/applications/$APP_ID.desktop" \
      "$data/mime/packages/$APP_ID.xml" \
      "$data/metainfo/$APP_ID.metainfo.xml"
if [ -d "$data/icons/hicolor" ]; then
    find "$data/icons/hicolor" \( -type f -o -type l \) -name "$APP_ID.*" -exec rm -f {} +
fi

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

# Last, the program itself. This script is inside it: sh reads on from the file it opened.
rm -rf "$opt" "$opt.new" "$opt.old"
echo "GroupKeeper is removed. Your group files and backups are still in $data/GroupKeeper."
