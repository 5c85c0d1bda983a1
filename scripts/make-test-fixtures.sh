#!/usr/bin/env bash
# Writes the import tests' files in tests/data again (they are checked in; run this only to change
# them). The spreadsheets are written by LibreOffice, headless, from a flat ODS whose cells are typed
# (a phone stored as a number, dates as dates), as a user's Excel or LibreOffice would save them.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh" --fixtures
out=tests/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$out" <<'PY'
import sys, os
out = sys.argv[1]
# The Russian-locale Excel "CSV (разделители - точки с запятой)": Windows-1251, ';', CRLF. Phones as
# people type them and as Excel mangles them; a quoted cell holding ';' and a line break; a bad
# contact; a contact twice.
rows = [
    "Телефон;Имя;Источник;Заметка;Дата",
    "8 (701) 123-45-67;Айгерим Сейтова;Kaspi;Звонить после обеда;20.11.2026",
    "+7 702 555 11 22;ТОО \"Алматы Строй\";olx;\"Просит счёт; оплата по безналу\r\nперезвонить в пятницу\";21.11.2026 14:30",
    "7.7011234568E10;Ерлан;satu;;2026-11-22",
    "87011234569;;;;",
    "12345;Неверный номер;kaspi;;",
    "8 701 123 45 67;Айгерим (повтор);kaspi;;",
    "@almaty_cars;Авто Алматы;телеграм;Пишет только в Telegram;",
]
with open(os.path.join(out, "leads-ru-windows1251.csv"), "wb") as f:
    f.write(("\r\n".join(rows) + "\r\n").encode("cp1251"))
# Excel's "CSV UTF-8": a BOM, ',' and English headers.
rows = [
    "Phone,Name,Source,Campaign,Note",
    "+77051112233,Dana,kaspi,Kaspi autumn,\"Asked for a discount, call back\"",
    "+77051112234,Marat,olx,Unknown campaign,",
    "+77051112235,,olx,,",
]
with open(os.path.join(out, "leads-en-utf8-bom.csv"), "wb") as f:
    f.write(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8"))
# Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated; Kazakh headers.
rows = ["Телефон нөмірі\tАты-жөні\tЕскерту", "+77081234567\tӘсел Нұрланқызы\tҚоңырау шалу", "+77081234568\tҒалым\t"]
with open(os.path.join(out, "leads-kk-utf16.txt"), "wb") as f:
    f.write(b"\xff\xfe" + ("\r\n".join(rows) + "\r\n").encode("utf-16-le"))
# Not a table: the first bytes of a PNG.
with open(os.path.join(out, "not-a-table.csv"), "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
# What Excel writes for a workbook with a password: an OLE compound file (this is its header only).
with open(os.path.join(out, "password-protected.xlsx"), "wb") as f:
    f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
PY

# The flat ODS: a phone as a number, a date cell, a text cell with Cyrillic, an empty row.
cat > "$work/leads-libreoffice.fods" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="Лиды">
  <table:table-row><table:table-cell office:value-type="string"><text:p>Телефон</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Имя</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Дата</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Комментарий</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell office:value-type="float" office:value="77011234567"><text:p>77011234567</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Айгерим</text:p></table:table-cell><table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-11-20"><text:p>20.11.2026</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Перезвонить</text:p></table:table-cell></table:table-row>
  <table:table-row><table:table-cell office:value-type="string"><text:p>+7 702 555 11 22</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Айгерим</text:p></table:table-cell><table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-11-21"><text:p>21.11.2026</text:p></table:table-cell><table:table-cell/></table:table-row>
  <table:table-row><table:table-cell/><table:table-cell/><table:table-cell/><table:table-cell/></table:table-row>
  <table:table-row><table:table-cell office:value-type="string"><text:p>@almaty_cars</text:p></table:table-cell><table:table-cell/><table:table-cell/><table:table-cell office:value-type="string"><text:p>Пишет только в Telegram</text:p></table:table-cell></table:table-row>
 </table:table></office:spreadsheet></office:body>
</office:document>
XML
soffice --headless --norestore --convert-to xlsx --outdir "$work" "$work/leads-libreoffice.fods" >/dev/null
cp "$work/leads-libreoffice.xlsx" "$out/leads-libreoffice.xlsx"
# A workbook cut in half (a download that stopped).
head -c $(( $(stat -c %s "$out/leads-libreoffice.xlsx") / 2 )) "$out/leads-libreoffice.xlsx" > "$out/truncated.xlsx"
ls -l "$out"
