#!/bin/sh
# 绩效自评助手 WPS 加载项（离线）安装：麒麟、统信等 Linux 上的 WPS 表格。
# 把 @FOLDER@ 复制到当前用户的 jsaddons 目录，并在 publish.xml 中登记（保留其他加载项）。
# 用法：sh install.sh            安装或更新
#       sh install.sh --remove   卸载
# JSADDONS=目录 可改变安装位置（默认 ~/.local/share/Kingsoft/wps/jsaddons，与 wpsjs 相同）。
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}
list="$dir/publish.xml"
entry='  <jsplugin name="perfeval" type="et" url="@FOLDER@" version="@VERSION@" enable="enable_dev" install="null" customDomain=""/>'

mkdir -p "$dir"
# Our old entry and old versions go; every other add-in's line stays as it was.
if [ -f "$list" ]; then
  grep -v 'name="perfeval"' "$list" > "$list.tmp" || true
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n</jsplugins>\n' > "$list.tmp"
fi
for old in "$dir"/perfeval_*; do
  [ -d "$old" ] && rm -rf "$old"
done

if [ "${1:-}" = "--remove" ]; then
  mv "$list.tmp" "$list"
  echo "已卸载绩效自评助手（重新启动 WPS 后生效）。"
  exit 0
fi

cp -R "$here/@FOLDER@" "$dir/"
if grep -q '</jsplugins>' "$list.tmp"; then
  awk -v line="$entry" '/<\/jsplugins>/ && !done { print line; done = 1 } { print }' "$list.tmp" > "$list"
else
  # A list without a closing tag is not ours to repair: start a new one.
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n%s\n</jsplugins>\n' "$entry" > "$list"
fi
rm -f "$list.tmp"
echo "已安装绩效自评助手到 $dir/@FOLDER@（重新启动 WPS 表格后，功能区出现“绩效自评”选项卡）。"
