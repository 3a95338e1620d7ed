#!/usr/bin/env python3
"""Fills the English singular and plural forms of sourcedesk_en.ts.

Source strings are written as "%Ln source(s)"; English needs "1 source" and "2 sources".
Run after `cmake --build <dir> --target update_translations` (lupdate -pluralonly).
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_PRONOUNS = [
    ("they are selected", "it is selected"),
    ("fetches them again", "fetches it again"),
    ("fetches it again and marks the ones whose content changed",
     "fetches it again and marks it if its content changed"),
    ("changed and are selected", "changed and is selected"),
    ("removed and are selected", "removed and is selected"),
    ("address(es) were", "address was"),
    ("item were", "item was"),
]


def forms(source):
    singular = source.replace("(s)", "")
    for plural_text, singular_text in SINGULAR_PRONOUNS:
        singular = singular.replace(plural_text, singular_text)
    plural = source.replace("(es)", "es").replace("(s)", "s")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as handle:
        content = handle.read()
        content = re.sub(r"^<\?xml[^>]*\?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
                         content, count=1)
        handle.seek(0)
        handle.write(content)
        handle.truncate()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "sourcedesk_en.ts")
